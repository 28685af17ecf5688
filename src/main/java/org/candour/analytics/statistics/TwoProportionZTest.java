package org.candour.analytics.statistics;

/**
 * The pooled two-proportion z test of H₀: p₁ = p₂, two-sided:
 * <pre>
 *   p̄ = (x₁ + x₂) / (n₁ + n₂),   z = (p̂₁ − p̂₂) / √( p̄(1 − p̄)(f₁/n₁ + f₂/n₂) ),   p = 2 · P(Z ≥ |z|)
 * </pre>
 * with f the finite-population factor of each group (1 when its headcount is unknown), so that the test agrees
 * with the corrected intervals. Without correction z² equals Pearson's chi-square of the 2×2 table (no Yates
 * correction). Apache Commons Statistics has no two-proportion test, so only the normal tail comes from it.
 *
 * @param z the test statistic (±∞ when both groups are complete censuses that differ)
 * @param pValue the two-sided p-value
 */
public record TwoProportionZTest(double z, double pValue) {

    /** The test of x₁/n₁ against x₂/n₂, without finite-population correction. */
    public static TwoProportionZTest of(int successes1, int size1, int successes2, int size2) {
        return of(ProportionSample.of(successes1, size1), ProportionSample.of(successes2, size2));
    }

    public static TwoProportionZTest of(ProportionSample first, ProportionSample second) {
        double difference = first.estimate() - second.estimate();
        double pooled = (double) (first.successes() + second.successes()) / (first.size() + second.size());
        double variance = pooled * (1 - pooled)
                * (first.finitePopulationFactor() / first.size() + second.finitePopulationFactor() / second.size());
        if (variance == 0) {
            // Everyone on one side in both groups, or two complete censuses: nothing is left to chance.
            return difference == 0
                    ? new TwoProportionZTest(0.0, 1.0)
                    : new TwoProportionZTest(Math.copySign(Double.POSITIVE_INFINITY, difference), 0.0);
        }
        double z = difference / Math.sqrt(variance);
        return new TwoProportionZTest(z, StandardNormal.twoSidedPValue(z));
    }
}
