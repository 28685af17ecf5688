package org.candour.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MinimumDetectableChangeTest {

    @Test
    void multiplierIsBloomsTwoPointEight() {
        // Bloom HS (1995) "Minimum detectable effects", Evaluation Review 19:547–556: for a two-sided test at 5%
        // with 80% power the MDE is about 2.8 standard errors (z₀.₉₇₅ + z₀.₈₀ = 1.9600 + 0.8416).
        assertThat(MinimumDetectableChange.MULTIPLIER).isCloseTo(2.8016, within(5e-5));
    }

    @Test
    void handComputedAtFiftyPercentWithAHundredPerWave() {
        // Hand check: 2.801585 · √(0.25 · (1/100 + 1/100)) = 0.198102 (Python), about 20 percentage points.
        assertThat(value(MinimumDetectableChange.of(0.5, 100, 100))).isCloseTo(0.198102, within(1e-6));
    }

    @Test
    void consistentWithTheClassicalSampleSizeForTwoProportions() {
        // Inverting the formula: detecting 10 points at 50% needs n = (2.8016² · 2 · 0.25) / 0.1² ≈ 392.4 per
        // wave. With 393 per wave the MDC is just under 0.10, with 392 just over.
        assertThat(value(MinimumDetectableChange.of(0.5, 393, 393))).isLessThan(0.10);
        assertThat(value(MinimumDetectableChange.of(0.5, 392, 392))).isGreaterThan(0.10);
    }

    @Test
    void finitePopulationCorrectionShrinksIt() {
        // Hand check: headcount 400 in both waves, 100 answered in each: f = 300/399,
        // 2.801585 · √(0.25 · 2f/100) = 0.171776 (Python).
        Computation<Double> mdc = MinimumDetectableChange.of(0.5,
                ProportionSample.ofHeadcount(0, 100, 400), ProportionSample.ofHeadcount(0, 100, 400));
        assertThat(value(mdc)).isCloseTo(0.171776, within(1e-6));
    }

    @Test
    void undefinedAtZeroOrHundredPercentBaseline() {
        // The normal approximation gives 0 there, which would over-read exactly the units the MDC protects.
        assertThat(MinimumDetectableChange.of(0.0, 30, 30))
                .isEqualTo(Computation.notComputable(Computation.Reason.UNDEFINED));
        assertThat(MinimumDetectableChange.of(1.0, 30, 30))
                .isEqualTo(Computation.notComputable(Computation.Reason.UNDEFINED));
    }

    @Test
    void fromPublishedWavesUsesTheEarlierWaveAsBaseline() {
        Figure<AgreementSummary> earlier = Figure.value(new AgreementSummary(50, 20, 30, 60));
        Figure<AgreementSummary> later = Figure.value(new AgreementSummary(10, 70, 20, 45));
        assertThat(value(MinimumDetectableChange.ofFavourable(earlier, later))).isCloseTo(0.198102, within(1e-6));
        assertThat(MinimumDetectableChange.ofFavourable(earlier, Figure.suppressed(10)))
                .isEqualTo(Computation.notComputable(Computation.Reason.SUPPRESSED));
        assertThat(MinimumDetectableChange.ofFavourable(Figure.banded(new Band("90% or more favourable")), later))
                .isEqualTo(Computation.notComputable(Computation.Reason.BANDED));
    }

    private static double value(Computation<Double> computation) {
        assertThat(computation).isInstanceOf(Computation.Computed.class);
        return ((Computation.Computed<Double>) computation).value();
    }
}
