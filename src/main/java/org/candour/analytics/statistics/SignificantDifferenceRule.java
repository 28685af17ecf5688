package org.candour.analytics.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * analytics.md: a difference is flagged only when it is significant after correction (adjusted p ≤ 5%) and
 * its effect is at least small (|Cohen's h| ≥ 0.2). The second condition keeps large groups from having
 * trivial gaps flagged just because n is big.
 */
public final class SignificantDifferenceRule {

    /** The significance level after correction. */
    public static final double ALPHA = 0.05;

    private SignificantDifferenceRule() {
    }

    public static boolean isFlagged(double adjustedPValue, double cohensH) {
        return adjustedPValue <= ALPHA && Math.abs(cohensH) >= CohensH.SMALL;
    }

    /**
     * Adjusts the p-values of one family (one comparison screen, or one heatmap) and judges each comparison.
     * Comparisons that are not computable stay not computable, in place, and are not part of the family:
     * there is no test to count.
     */
    public static List<Computation<JudgedComparison>> judge(
            List<Computation<ProportionComparison>> family, MultipleComparisonCorrection correction) {
        List<ProportionComparison> tested = new ArrayList<>();
        for (Computation<ProportionComparison> entry : family) {
            if (entry instanceof Computation.Computed<ProportionComparison> computed) {
                tested.add(computed.value());
            }
        }
        double[] adjusted = correction.adjust(tested.stream().mapToDouble(ProportionComparison::pValue).toArray());

        List<Computation<JudgedComparison>> judged = new ArrayList<>(family.size());
        int next = 0;
        for (Computation<ProportionComparison> entry : family) {
            switch (entry) {
                case Computation.Computed<ProportionComparison> computed -> {
                    ProportionComparison comparison = computed.value();
                    double adjustedP = adjusted[next++];
                    judged.add(Computation.computed(new JudgedComparison(
                            comparison, adjustedP, isFlagged(adjustedP, comparison.cohensH()))));
                }
                case Computation.NotComputable<ProportionComparison> missing ->
                        judged.add(Computation.notComputable(missing.reason()));
            }
        }
        return List.copyOf(judged);
    }
}
