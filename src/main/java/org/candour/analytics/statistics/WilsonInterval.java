package org.candour.analytics.statistics;

/**
 * The 95% Wilson score interval for a proportion, without continuity correction: method 3 of Newcombe,
 * "Two-sided confidence intervals for the single proportion: comparison of seven methods",
 * Statistics in Medicine 17 (1998) 857–872; Wilson, JASA 22 (1927) 209–212.
 *
 * <p>The bounds are the two solutions p of (p̂ − p)² = z² · f · p(1 − p) / n, that is
 * <pre>
 *   ( 2np̂ + c ± √(c² + 4ncp̂(1 − p̂)) ) / ( 2(n + c) ),   c = z² · f
 * </pre>
 * where f is the finite-population factor (N − n)/(N − 1) when the headcount N is known
 * ({@link ProportionSample#finitePopulationFactor()}), else 1. So the correction scales the score standard
 * error √(p(1 − p)/n) by √f inside the Wilson equation, rather than shrinking a finished interval; f = 1 gives
 * the textbook Wilson interval and f = 0 (everyone answered) gives the point p̂.
 */
public final class WilsonInterval {

    private WilsonInterval() {
    }

    /** The 95% interval for x of n, without finite-population correction. */
    public static ConfidenceInterval of(int successes, int size) {
        return of(ProportionSample.of(successes, size));
    }

    /** The 95% interval, finite-population corrected when the sample carries a headcount. */
    public static ConfidenceInterval of(ProportionSample sample) {
        double z = StandardNormal.Z_95_TWO_SIDED;
        double c = z * z * sample.finitePopulationFactor();
        int n = sample.size();
        double p = sample.estimate();
        double centre = 2 * n * p + c;
        double halfWidth = Math.sqrt(c * c + 4 * n * c * p * (1 - p));
        double denominator = 2 * (n + c);
        // At x = 0 or x = n the formula gives exactly 0 or 1 in exact arithmetic; pin them against rounding.
        double lower = sample.successes() == 0 ? 0.0 : clamp((centre - halfWidth) / denominator);
        double upper = sample.successes() == n ? 1.0 : clamp((centre + halfWidth) / denominator);
        return new ConfidenceInterval(lower, upper);
    }

    private static double clamp(double value) {
        return Math.max(0.0, Math.min(1.0, value));
    }
}
