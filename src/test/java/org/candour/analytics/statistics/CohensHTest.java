package org.candour.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CohensHTest {

    // Cohen J (1988) Statistical Power Analysis for the Behavioral Sciences, 2nd ed., chapter 6:
    // h = φ₁ − φ₂ with φ = 2·arcsin√P; Table 6.2.1 gives φ(.50) = 1.5708 and φ(.40) = 1.3694.

    @Test
    void fiftyAgainstFortyPercentIsJustASmallEffect() {
        assertThat(CohensH.of(0.5, 0.4)).isCloseTo(0.2014, within(5e-5));
    }

    @Test
    void isSignedAndAntisymmetric() {
        assertThat(CohensH.of(0.4, 0.5)).isCloseTo(-0.2014, within(5e-5));
    }

    @Test
    void extremesGivePi() {
        // φ(1) − φ(0) = 2·(π/2) − 0 = π, the largest possible h.
        assertThat(CohensH.of(1.0, 0.0)).isCloseTo(Math.PI, within(1e-15));
    }

    @Test
    void theSameGapCountsForMoreNearTheEnds() {
        // Cohen (1988) §6.1: equal differences in P are not equally detectable; 0.10 vs 0.00 ≫ 0.55 vs 0.45.
        assertThat(CohensH.of(0.10, 0.0)).isGreaterThan(3 * CohensH.of(0.55, 0.45));
    }

    @Test
    void rejectsNonProportions() {
        assertThatThrownBy(() -> CohensH.of(1.2, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CohensH.of(Double.NaN, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
