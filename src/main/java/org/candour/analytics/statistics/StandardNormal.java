package org.candour.analytics.statistics;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** Standard normal quantities, taken from Apache Commons Statistics rather than hard-coded constants. */
final class StandardNormal {

    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    /** z for a two-sided 95% interval or a two-sided 5% test: 1.959963984540054. */
    static final double Z_95_TWO_SIDED = STANDARD.inverseSurvivalProbability(0.025);

    /** z for 80% power: 0.8416212335729143. */
    static final double Z_POWER_80 = STANDARD.inverseCumulativeProbability(0.80);

    private StandardNormal() {
    }

    /** Two-sided p-value of a z statistic: P(|Z| ≥ |z|). */
    static double twoSidedPValue(double z) {
        return Math.min(1.0, 2 * STANDARD.survivalProbability(Math.abs(z)));
    }
}
