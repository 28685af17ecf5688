package org.candour.analytics.statistics;

/**
 * The smallest change in a proportion between two waves that a two-sided 5% test would detect with 80% power,
 * shown next to every trend so that small units are not over-read (analytics.md). The normal-approximation
 * minimum detectable effect (Bloom, "Minimum detectable effects", Evaluation Review 19 (1995) 547–556):
 * <pre>
 *   MDC = (z₀.₉₇₅ + z₀.₈₀) · √( p(1 − p) · (f₁/n₁ + f₂/n₂) )  ≈ 2.80 · standard error of the change
 * </pre>
 * with p the baseline proportion used for both waves and f the finite-population factor of each wave (1 when
 * its headcount is unknown). The result is on the proportion scale (0.10 = 10 percentage points).
 */
public final class MinimumDetectableChange {

    /** z₀.₉₇₅ + z₀.₈₀ ≈ 2.8016. */
    static final double MULTIPLIER = StandardNormal.Z_95_TWO_SIDED + StandardNormal.Z_POWER_80;

    private MinimumDetectableChange() {
    }

    /** The MDC for wave sizes n₁ and n₂ without finite-population correction. */
    public static Computation<Double> of(double baselineProportion, int size1, int size2) {
        return of(baselineProportion, ProportionSample.of(0, size1), ProportionSample.of(0, size2));
    }

    /**
     * The MDC for the sizes and headcounts of two waves (their successes are not used: the baseline is given).
     * Not computable (UNDEFINED) at a baseline of exactly 0 or 1, where the approximation would claim that any
     * change at all is detectable.
     */
    public static Computation<Double> of(double baselineProportion, ProportionSample wave1, ProportionSample wave2) {
        if (!(baselineProportion >= 0 && baselineProportion <= 1)) {
            throw new IllegalArgumentException("A proportion must be in [0, 1], was " + baselineProportion);
        }
        if (baselineProportion == 0 || baselineProportion == 1) {
            return Computation.notComputable(Computation.Reason.UNDEFINED);
        }
        double variance = baselineProportion * (1 - baselineProportion)
                * (wave1.finitePopulationFactor() / wave1.size() + wave2.finitePopulationFactor() / wave2.size());
        return Computation.computed(MULTIPLIER * Math.sqrt(variance));
    }

    /**
     * The MDC of % favourable between two published waves of an item: the earlier wave's % favourable is the
     * baseline, each wave's answered count its n.
     */
    public static Computation<Double> ofFavourable(Figure<AgreementSummary> earlier, Figure<AgreementSummary> later) {
        if (!(earlier instanceof Figure.Value<AgreementSummary> before)) {
            return Computation.notComputable(Computation.Reason.of(earlier));
        }
        if (!(later instanceof Figure.Value<AgreementSummary> after)) {
            return Computation.notComputable(Computation.Reason.of(later));
        }
        return of(before.value().favourableShare(),
                before.value().favourableSample(), after.value().favourableSample());
    }
}
