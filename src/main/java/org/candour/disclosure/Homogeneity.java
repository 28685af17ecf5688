package org.candour.disclosure;

/** Rule 3: all, or all but one, of a cell's answers on one side (or in one option for non-scale items). */
final class Homogeneity {

    private Homogeneity() {}

    /** The band to show instead of exact counts, or null when the answers are not homogeneous. */
    static Band band(Item item, int[] optionCounts) {
        int answered = 0;
        for (int count : optionCounts) {
            answered += count;
        }
        if (answered == 0) {
            return null;
        }
        if (item.kind() == ItemKind.AGREEMENT_5) {
            int favourable = 0;
            int unfavourable = 0;
            for (int option = 0; option < optionCounts.length; option++) {
                if (item.isFavourable(option)) {
                    favourable += optionCounts[option];
                } else if (item.isUnfavourable(option)) {
                    unfavourable += optionCounts[option];
                }
            }
            if (favourable >= answered - 1) {
                return Band.favourable();
            }
            return unfavourable >= answered - 1 ? Band.unfavourable() : null;
        }
        for (int option = 0; option < optionCounts.length; option++) {
            if (optionCounts[option] >= answered - 1) {
                return Band.option(option);
            }
        }
        return null;
    }
}
