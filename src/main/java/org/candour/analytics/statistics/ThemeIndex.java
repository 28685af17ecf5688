package org.candour.analytics.statistics;

import java.util.List;

/**
 * A theme's index in one cell: the unweighted mean of its items' 0–100 scores (analytics.md). Items with no
 * responses are skipped. A suppressed or banded item makes the index not computable: leaving it out would
 * quietly change which items the index is made of, so it could no longer be compared with other groups or
 * waves, and filling it in would be a guess (disclosure.md rule 6).
 */
public final class ThemeIndex {

    private ThemeIndex() {
    }

    public static Computation<Double> of(List<Figure<AgreementSummary>> items) {
        boolean anySuppressed = false;
        boolean anyBanded = false;
        double sum = 0;
        int scored = 0;
        for (Figure<AgreementSummary> item : items) {
            switch (item) {
                case Figure.Value<AgreementSummary> value -> {
                    sum += value.value().score();
                    scored++;
                }
                case Figure.Suppressed<AgreementSummary> s -> anySuppressed = true;
                case Figure.Banded<AgreementSummary> b -> anyBanded = true;
                case Figure.NoResponses<AgreementSummary> n -> { /* no data: skipped */ }
            }
        }
        // Suppression first: when a whole cell is suppressed the view should say "Fewer than k responses".
        if (anySuppressed) {
            return Computation.notComputable(Computation.Reason.SUPPRESSED);
        }
        if (anyBanded) {
            return Computation.notComputable(Computation.Reason.BANDED);
        }
        if (scored == 0) {
            return Computation.notComputable(Computation.Reason.NO_RESPONSES);
        }
        return Computation.computed(sum / scored);
    }
}
