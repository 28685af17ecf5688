package org.candour.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue seen one table family at a time: the org nodes' totals, and for each dimension the totals with
 * that dimension's tables (the family of ethnicity is every org node's total and ethnicity table).
 *
 * <p>Why: respondents that differ only in dimensions outside a family are one column to it, so the exhaustive
 * small-set search over one family is a small problem even for a large wave, where the search over the whole
 * catalogue is out of reach. Every set obtainable from a family's published cells is obtainable from the release,
 * so each such search finds real disclosures; on large synthetic forces they found sets the listed targets missed
 * (hidden categories of a node minus those of a child node, across several levels).
 *
 * <p>The families of a cross-table (its two dimensions with their margins and the totals) are searched too, as an
 * extra on the counts level: since {@link PigeonholeSplit} they complete there even at 50,000 respondents and find
 * sets that need two dimensions at once (8 more suppressed cells on the engine benchmark's force at 50,000). They
 * are not searched on the item levels, where they more than doubled the engine's time (93 s instead of 41 s at
 * 50,000), and they do not always complete, so the release's proof ({@link ProtectedRelease#familiesChecked()})
 * names the one-dimension families only.
 */
final class TableFamilies {

    private final CellIndex index;
    /** Per family: per cell, whether its table lies outside the family. */
    private final List<boolean[]> outside = new ArrayList<>();
    /** Per family: whether it is a cross-table's (searched as an extra, outside the release's proof). */
    private final List<Boolean> crossTable = new ArrayList<>();

    TableFamilies(CellIndex index) {
        this.index = index;
        for (int[] family : index.dimSets) {
            boolean[] out = new boolean[index.cellCount];
            for (int cell = 0; cell < index.cellCount; cell++) {
                out[cell] = !within(index.dimSets[index.tableDimSet[index.cellTable[cell]]], family);
            }
            outside.add(out);
            crossTable.add(family.length > 1);
        }
    }

    boolean isCrossTable(int family) {
        return crossTable.get(family);
    }

    int count() {
        return outside.size();
    }

    /** The hidden pattern as this family sees it: every cell outside the family hidden as well. */
    boolean[] restrict(boolean[] hidden, int family) {
        boolean[] restricted = hidden.clone();
        boolean[] out = outside.get(family);
        for (int cell = 0; cell < restricted.length; cell++) {
            restricted[cell] |= out[cell];
        }
        return restricted;
    }

    private static boolean within(int[] dimensions, int[] family) {
        for (int dimension : dimensions) {
            boolean found = false;
            for (int member : family) {
                found |= member == dimension;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
