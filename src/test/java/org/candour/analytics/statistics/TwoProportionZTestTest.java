package org.candour.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

class TwoProportionZTestTest {

    @Test
    void handComputedExample() {
        // Hand check: 56/70 vs 48/80, pooled p̄ = 104/150, SE = √(p̄(1 − p̄)(1/70 + 1/80)) = 0.075467,
        // z = 0.2/0.075467 = 2.650172, two-sided p = erfc(z/√2) = 0.008045 (computed in Python's math module).
        TwoProportionZTest test = TwoProportionZTest.of(56, 70, 48, 80);
        assertThat(test.z()).isCloseTo(2.650172, within(1e-6));
        assertThat(test.pValue()).isCloseTo(0.0080451, within(1e-7));
    }

    @Test
    void agreesWithPearsonChiSquareOnTheTwoByTwoTable() {
        // Standard identity (e.g. Agresti, Categorical Data Analysis): for a 2×2 table the pooled z² equals
        // Pearson's X² without continuity correction, so the two-sided p-values coincide. The reference is
        // Apache Commons Statistics' chi-square test.
        int[][] cases = {{56, 70, 48, 80}, {9, 10, 3, 10}, {5, 56, 2, 29}, {120, 400, 40, 90}, {3, 12, 9, 14}};
        for (int[] c : cases) {
            TwoProportionZTest ours = TwoProportionZTest.of(c[0], c[1], c[2], c[3]);
            long[][] table = {{c[0], c[1] - c[0]}, {c[2], c[3] - c[2]}};
            var chiSquare = ChiSquareTest.withDefaults().test(table);
            assertThat(ours.z() * ours.z()).as("z² for %s", java.util.Arrays.toString(c))
                    .isCloseTo(chiSquare.getStatistic(), within(1e-9));
            assertThat(ours.pValue()).as("p for %s", java.util.Arrays.toString(c))
                    .isCloseTo(chiSquare.getPValue(), within(1e-12));
        }
    }

    @Test
    void signFollowsTheDirectionOfTheGap() {
        assertThat(TwoProportionZTest.of(48, 80, 56, 70).z()).isCloseTo(-2.650172, within(1e-6));
    }

    @Test
    void noVariationAtAllMeansNoEvidenceOfADifference() {
        // Everyone favourable in both groups: the pooled variance is 0 and the gap is 0.
        TwoProportionZTest test = TwoProportionZTest.of(12, 12, 30, 30);
        assertThat(test.z()).isZero();
        assertThat(test.pValue()).isEqualTo(1.0);
    }

    @Test
    void finitePopulationCorrectionScalesEachGroupsVarianceTerm() {
        // Hand check: 56/70 of headcount 140 vs 48/80 of headcount 160: f₁ = 70/139, f₂ = 80/159,
        // SE = √(p̄(1 − p̄)(f₁/70 + f₂/80)) = 0.0535435, z = 3.735283 (Python).
        TwoProportionZTest test = TwoProportionZTest.of(
                ProportionSample.ofHeadcount(56, 70, 140), ProportionSample.ofHeadcount(48, 80, 160));
        assertThat(test.z()).isCloseTo(3.735283, within(1e-6));
    }

    @Test
    void twoDifferingCensusesDifferForCertain() {
        TwoProportionZTest test = TwoProportionZTest.of(
                ProportionSample.ofHeadcount(5, 10, 10), ProportionSample.ofHeadcount(6, 10, 10));
        assertThat(test.z()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(test.pValue()).isZero();
    }
}
