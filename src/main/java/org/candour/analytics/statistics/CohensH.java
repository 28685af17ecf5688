package org.candour.analytics.statistics;

/**
 * Cohen's h, the effect size for two proportions: h = 2·arcsin√p₁ − 2·arcsin√p₂ (Cohen, Statistical Power
 * Analysis for the Behavioral Sciences, 2nd ed. 1988, chapter 6). |h| of 0.2 / 0.5 / 0.8 is "small / medium /
 * large"; the arcsine transform makes a gap near 50% count for less than the same gap near 0% or 100%.
 */
public final class CohensH {

    /** Cohen's "small" effect: the least gap analytics flags (analytics.md). */
    public static final double SMALL = 0.2;

    private CohensH() {
    }

    /** Signed h for p₁ − p₂; both proportions in [0, 1]. */
    public static double of(double proportion1, double proportion2) {
        return arcsineTransform(proportion1) - arcsineTransform(proportion2);
    }

    private static double arcsineTransform(double proportion) {
        if (!(proportion >= 0 && proportion <= 1)) {
            throw new IllegalArgumentException("A proportion must be in [0, 1], was " + proportion);
        }
        return 2 * Math.asin(Math.sqrt(proportion));
    }
}
