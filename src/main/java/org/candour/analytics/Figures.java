package org.candour.analytics;

import org.candour.analytics.statistics.AgreementCounts;
import org.candour.analytics.statistics.AgreementSummary;
import org.candour.analytics.statistics.Band;
import org.candour.analytics.statistics.Figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns stored release rows into {@link Figure}s, keeping the three states apart: a suppressed cell or item is
 * "fewer than k", a banded item keeps its band code, a cell or item nobody answered is "no responses". Only
 * published counts are ever added up or subtracted (disclosure.md rule 6).
 */
final class Figures {

    /** Band code for a theme of which at least one item was published only as a band. */
    static final String THEME_PARTLY_BANDED = "THEME_PARTLY_BANDED";

    private static final List<String> SCALE = List.of("SD", "D", "N", "A", "SA", "DK");

    private Figures() {
    }

    /** The item's published counts in a cell; a missing cell (not in the table) has no responses. */
    static Figure<List<Integer>> optionCounts(PublishedCell cell, ItemInfo item, int k) {
        if (cell == null) {
            return Figure.noResponses();
        }
        if (cell.suppressed()) {
            return Figure.suppressed(k);
        }
        PublishedCell.Item figures = cell.items().get(item.code());
        if (cell.respondents() == 0 || figures == null) {
            return Figure.noResponses();
        }
        return switch (figures.status()) {
            case "SUPPRESSED" -> Figure.suppressed(k);
            case "BANDED" -> Figure.banded(new Band(figures.band()));
            default -> Figure.value(figures.optionCounts());
        };
    }

    static Figure<AgreementCounts> agreement(PublishedCell cell, ItemInfo item, int k) {
        return optionCounts(cell, item, k).map(counts -> new AgreementCounts(
                count(counts, item, SCALE.get(0)), count(counts, item, SCALE.get(1)), count(counts, item, SCALE.get(2)),
                count(counts, item, SCALE.get(3)), count(counts, item, SCALE.get(4)), count(counts, item, SCALE.get(5))));
    }

    private static int count(List<Integer> counts, ItemInfo item, String option) {
        int index = item.optionCodes().indexOf(option);
        return index < 0 || index >= counts.size() ? 0 : counts.get(index);
    }

    /** All other respondents: the total's published counts less the group's, when both are published. */
    static Figure<AgreementCounts> others(Figure<AgreementCounts> total, Figure<AgreementCounts> group) {
        if (!(total instanceof Figure.Value<AgreementCounts> all)) {
            return total;
        }
        if (!(group instanceof Figure.Value<AgreementCounts> part)) {
            return group;
        }
        return Figure.value(all.value().minus(part.value()));
    }

    /**
     * One item's breakdown, or a theme's: the items' counts added up with polarity applied. A suppressed item makes
     * the whole suppressed, a banded one banded (a theme then carries {@link #THEME_PARTLY_BANDED}); items without
     * answers on the scale are skipped; none answered is no responses.
     */
    static Figure<Breakdown> breakdown(List<ItemInfo> items, List<Figure<AgreementCounts>> counts, int k) {
        Figure.Banded<AgreementCounts> banded = null;
        List<AgreementSummary> answered = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            switch (counts.get(i)) {
                case Figure.Suppressed<AgreementCounts> s -> {
                    return Figure.suppressed(k);
                }
                case Figure.Banded<AgreementCounts> b -> banded = b;
                case Figure.NoResponses<AgreementCounts> n -> { /* skipped */ }
                case Figure.Value<AgreementCounts> v -> {
                    if (v.value().answeredOnScale() > 0) {
                        answered.add(AgreementSummary.of(v.value(), items.get(i).polarity()));
                    }
                }
            }
        }
        if (banded != null) {
            return Figure.banded(counts.size() == 1 ? banded.band() : new Band(THEME_PARTLY_BANDED));
        }
        if (answered.isEmpty()) {
            return Figure.noResponses();
        }
        if (counts.size() == 1) {
            return Figure.value(Breakdown.of(answered.getFirst()));
        }
        int favourable = 0;
        int neutral = 0;
        int unfavourable = 0;
        double scores = 0;
        for (AgreementSummary item : answered) {
            favourable += item.favourable();
            neutral += item.neutral();
            unfavourable += item.unfavourable();
            scores += item.score();
        }
        int n = Math.max(1, (int) Math.round((double) (favourable + neutral + unfavourable) / answered.size()));
        return Figure.value(new Breakdown(favourable, neutral, unfavourable, n, scores / answered.size()));
    }

    /**
     * An experience share: at least once (frequency items), yes (yes/no items, "prefer not to say" left out), or
     * favourable (an agreement item such as "confident it would be acted on").
     */
    static Figure<Share> experience(PublishedCell cell, ItemInfo item, int k) {
        if (item.isAgreement()) {
            return breakdown(List.of(item), List.of(agreement(cell, item, k)), k)
                    .map(b -> new Share(b.favourable(), b.answers()));
        }
        Figure<List<Integer>> counts = optionCounts(cell, item, k);
        if (!(counts instanceof Figure.Value<List<Integer>> value)) {
            return counts.map(c -> (Share) null);
        }
        int successes = 0;
        int n = 0;
        for (int option = 0; option < item.optionCodes().size() && option < value.value().size(); option++) {
            String code = item.optionCodes().get(option);
            int count = value.value().get(option);
            if (!"PNS".equals(code)) {
                n += count;
            }
            if ("YES".equals(code) || "ONCE".equals(code) || "FEW".equals(code) || "OFTEN".equals(code)) {
                successes += count;
            }
        }
        return n == 0 ? Figure.noResponses() : Figure.value(new Share(successes, n));
    }
}
