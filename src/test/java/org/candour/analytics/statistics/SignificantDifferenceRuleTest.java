package org.candour.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignificantDifferenceRuleTest {

    // The rule itself is analytics.md ("Statistics"): flagged only when significant after correction AND
    // Cohen's h ≥ 0.2 in size.

    @Test
    void needsBothSignificanceAndAtLeastASmallEffect() {
        assertThat(SignificantDifferenceRule.isFlagged(0.01, 0.25)).isTrue();
        assertThat(SignificantDifferenceRule.isFlagged(0.01, -0.25))
                .as("a gap below the reference counts too").isTrue();
        assertThat(SignificantDifferenceRule.isFlagged(0.01, 0.15)).as("significant but trivial").isFalse();
        assertThat(SignificantDifferenceRule.isFlagged(0.06, 0.9)).as("large but not significant").isFalse();
        assertThat(SignificantDifferenceRule.isFlagged(0.05, 0.2)).as("both boundaries are inclusive").isTrue();
    }

    @Test
    void aLargeGroupsTrivialGapIsNotFlagged() {
        // 2,000 vs 2,000 respondents, 52% vs 47% favourable: p ≈ 0.0016 but h ≈ 0.10.
        ProportionComparison comparison = ProportionComparison.of(
                ProportionSample.of(1040, 2000), ProportionSample.of(940, 2000));
        assertThat(comparison.pValue()).isLessThan(0.01);
        assertThat(comparison.cohensH()).isCloseTo(0.1000, within(5e-4));
        List<Computation<JudgedComparison>> judged = SignificantDifferenceRule.judge(
                List.of(Computation.computed(comparison)), MultipleComparisonCorrection.HOLM);
        assertThat(((Computation.Computed<JudgedComparison>) judged.get(0)).value().flagged()).isFalse();
    }

    @Test
    void correctionIsAppliedAcrossTheFamilyAndNotComputableEntriesStayInPlace() {
        // Three computable comparisons and one suppressed group. The family has m = 3 tests.
        ProportionComparison strong = ProportionComparison.of(ProportionSample.of(56, 70), ProportionSample.of(48, 80));
        ProportionComparison borderline =
                ProportionComparison.of(ProportionSample.of(30, 50), ProportionSample.of(20, 50));
        ProportionComparison none = ProportionComparison.of(ProportionSample.of(25, 50), ProportionSample.of(25, 50));
        List<Computation<ProportionComparison>> family = List.of(
                Computation.computed(strong),
                Computation.notComputable(Computation.Reason.SUPPRESSED),
                Computation.computed(borderline),
                Computation.computed(none));

        List<Computation<JudgedComparison>> judged =
                SignificantDifferenceRule.judge(family, MultipleComparisonCorrection.HOLM);

        assertThat(judged).hasSize(4);
        assertThat(judged.get(1)).isEqualTo(Computation.notComputable(Computation.Reason.SUPPRESSED));
        double[] expected = PValueAdjustment.holm(strong.pValue(), borderline.pValue(), none.pValue());
        JudgedComparison first = ((Computation.Computed<JudgedComparison>) judged.get(0)).value();
        JudgedComparison third = ((Computation.Computed<JudgedComparison>) judged.get(2)).value();
        JudgedComparison fourth = ((Computation.Computed<JudgedComparison>) judged.get(3)).value();
        assertThat(first.adjustedPValue()).isEqualTo(expected[0]);
        assertThat(third.adjustedPValue()).isEqualTo(expected[1]);
        assertThat(fourth.adjustedPValue()).isEqualTo(expected[2]);

        // 56/70 vs 48/80: raw p = 0.0080 (see TwoProportionZTestTest), Holm ×3 = 0.024; h = 0.4421 → flagged.
        assertThat(first.adjustedPValue()).isCloseTo(3 * 0.0080451, within(1e-6));
        assertThat(first.flagged()).isTrue();
        // 30/50 vs 20/50: raw p = 0.0455 (z = 2.0); alone it would pass, after Holm (×2) it does not.
        assertThat(borderline.pValue()).isCloseTo(0.0455, within(1e-4));
        assertThat(third.flagged()).isFalse();
        assertThat(fourth.flagged()).isFalse();
    }

    @Test
    void theChosenCorrectionDecides() {
        // Hand check: two comparisons each 30/50 vs 20/50 (z = 2.0, raw p = 0.0455, h = 0.4027).
        // Holm: 2 × 0.0455 = 0.0910 for both → not flagged (comparison screen).
        // Benjamini–Hochberg: min(2 × 0.0455 / 1, 2 × 0.0455 / 2) = 0.0455 for both → flagged (heatmap).
        ProportionComparison gap = ProportionComparison.of(ProportionSample.of(30, 50), ProportionSample.of(20, 50));
        List<Computation<ProportionComparison>> family = List.of(Computation.computed(gap), Computation.computed(gap));

        for (Computation<JudgedComparison> entry
                : SignificantDifferenceRule.judge(family, MultipleComparisonCorrection.HOLM)) {
            JudgedComparison judged = ((Computation.Computed<JudgedComparison>) entry).value();
            assertThat(judged.adjustedPValue()).isCloseTo(0.0910, within(1e-4));
            assertThat(judged.flagged()).isFalse();
        }
        for (Computation<JudgedComparison> entry
                : SignificantDifferenceRule.judge(family, MultipleComparisonCorrection.BENJAMINI_HOCHBERG)) {
            JudgedComparison judged = ((Computation.Computed<JudgedComparison>) entry).value();
            assertThat(judged.adjustedPValue()).isCloseTo(0.0455, within(1e-4));
            assertThat(judged.flagged()).isTrue();
        }
    }
}
