package org.candour.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.candour.analytics.statistics.FourDecimals.assertInterval;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    // Newcombe RG (1998) "Two-sided confidence intervals for the single proportion: comparison of seven
    // methods", Statistics in Medicine 17:857–872, Table I, method 3 (score interval without continuity
    // correction).

    @Test
    void newcombe1998TableI_81of263() {
        assertInterval(WilsonInterval.of(81, 263), "0.2553", "0.3662");
    }

    @Test
    void newcombe1998TableI_15of148() {
        assertInterval(WilsonInterval.of(15, 148), "0.0624", "0.1605");
    }

    @Test
    void newcombe1998TableI_0of20_lowerBoundIsExactlyZero() {
        ConfidenceInterval interval = WilsonInterval.of(0, 20);
        assertInterval(interval, "0.0000", "0.1611");
        assertThat(interval.lower()).isZero();
    }

    @Test
    void newcombe1998TableI_1of29() {
        assertInterval(WilsonInterval.of(1, 29), "0.0061", "0.1718");
    }

    @Test
    void allSuccessesGiveUpperBoundExactlyOne() {
        // Mirror image of 0/20 in Newcombe (1998) Table I: 20/20 → 0.8389 to 1.
        ConfidenceInterval interval = WilsonInterval.of(20, 20);
        assertInterval(interval, "0.8389", "1.0000");
        assertThat(interval.upper()).isEqualTo(1.0);
    }

    @Test
    void finitePopulationCorrectionSolvesTheWilsonEquationWithScaledVariance() {
        // Hand check (not a published example): 81 of 263 respondents, headcount 400, so
        // f = (400 − 263)/(400 − 1) = 0.343358. Bounds solve (p̂ − p)² = 1.959964² · f · p(1 − p)/263; solved
        // independently by bisection in Python: 0.2763167 and 0.3415693.
        ConfidenceInterval interval = WilsonInterval.of(ProportionSample.ofHeadcount(81, 263, 400));
        assertThat(interval.lower()).isCloseTo(0.2763167, within(1e-7));
        assertThat(interval.upper()).isCloseTo(0.3415693, within(1e-7));
    }

    @Test
    void finitePopulationCorrectionNarrowsAndVanishesForLargePopulations() {
        ConfidenceInterval plain = WilsonInterval.of(81, 263);
        ConfidenceInterval huge = WilsonInterval.of(ProportionSample.ofHeadcount(81, 263, 10_000_000));
        ConfidenceInterval small = WilsonInterval.of(ProportionSample.ofHeadcount(81, 263, 300));
        assertThat(huge.lower()).isCloseTo(plain.lower(), within(1e-5));
        assertThat(huge.upper()).isCloseTo(plain.upper(), within(1e-5));
        assertThat(small.lower()).isGreaterThan(plain.lower());
        assertThat(small.upper()).isLessThan(plain.upper());
    }

    @Test
    void aCensusHasNoSamplingError() {
        // Everyone in the unit answered: f = 0, the interval is the observed proportion itself.
        ConfidenceInterval interval = WilsonInterval.of(ProportionSample.ofHeadcount(7, 12, 12));
        assertThat(interval.lower()).isCloseTo(7.0 / 12, within(1e-12));
        assertThat(interval.upper()).isCloseTo(7.0 / 12, within(1e-12));
    }

    @Test
    void rejectsImpossibleSamples() {
        assertThatThrownBy(() -> WilsonInterval.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProportionSample.ofHeadcount(3, 20, 19))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Headcount 19");
    }
}
