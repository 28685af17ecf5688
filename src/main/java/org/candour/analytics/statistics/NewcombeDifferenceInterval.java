package org.candour.analytics.statistics;

/**
 * The 95% interval for p₁ − p₂ of two independent proportions by Newcombe's hybrid score method: method 10 of
 * Newcombe, "Interval estimation for the difference between independent proportions: comparison of eleven
 * methods", Statistics in Medicine 17 (1998) 873–890.
 *
 * <p>With (l₁, u₁) and (l₂, u₂) the 95% Wilson intervals of each proportion and δ = p̂₁ − p̂₂:
 * <pre>
 *   lower = δ − √((p̂₁ − l₁)² + (u₂ − p̂₂)²)
 *   upper = δ + √((u₁ − p̂₁)² + (p̂₂ − l₂)²)
 * </pre>
 * A group with a known headcount uses its finite-population-corrected Wilson interval ({@link WilsonInterval});
 * the combination step is unchanged (it only needs each group's own interval).
 */
public final class NewcombeDifferenceInterval {

    private NewcombeDifferenceInterval() {
    }

    /** The interval for x₁/n₁ − x₂/n₂, without finite-population correction. */
    public static ConfidenceInterval of(int successes1, int size1, int successes2, int size2) {
        return of(ProportionSample.of(successes1, size1), ProportionSample.of(successes2, size2));
    }

    /** The interval for first − second; each sample is corrected for its own headcount when it has one. */
    public static ConfidenceInterval of(ProportionSample first, ProportionSample second) {
        double p1 = first.estimate();
        double p2 = second.estimate();
        ConfidenceInterval w1 = WilsonInterval.of(first);
        ConfidenceInterval w2 = WilsonInterval.of(second);
        double difference = p1 - p2;
        double lower = difference - Math.hypot(p1 - w1.lower(), w2.upper() - p2);
        double upper = difference + Math.hypot(w1.upper() - p1, p2 - w2.lower());
        // Each Wilson bound lies within [0, 1], so these stay within [−1, 1] up to rounding; keep them there.
        return new ConfidenceInterval(Math.max(-1.0, lower), Math.min(1.0, upper));
    }
}
