package org.candour.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AgreementSummaryTest {

    // Scoring as analytics.md defines it: favourable = agree + strongly agree; score 0/25/50/75/100 per option,
    // averaged; "don't know" excluded; negatively worded items turned round. Counts below are hand-computed.

    /** SD 2, D 3, N 5, A 6, SA 4, don't know 7: 20 on the scale. */
    private static final AgreementCounts COUNTS = new AgreementCounts(2, 3, 5, 6, 4, 7);

    @Test
    void positiveItemScoreAndShares() {
        AgreementSummary summary = AgreementSummary.of(COUNTS, Polarity.POSITIVE);
        // (2·0 + 3·25 + 5·50 + 6·75 + 4·100) / 20 = 1175 / 20 = 58.75
        assertThat(summary.score()).isCloseTo(58.75, within(1e-12));
        assertThat(summary.answered()).isEqualTo(20);
        assertThat(summary.favourable()).isEqualTo(10);
        assertThat(summary.neutral()).isEqualTo(5);
        assertThat(summary.unfavourable()).isEqualTo(5);
        assertThat(summary.favourableShare()).isCloseTo(0.50, within(1e-12));
        assertThat(summary.neutralShare()).isCloseTo(0.25, within(1e-12));
        assertThat(summary.unfavourableShare()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void negativelyWordedItemIsTurnedRound() {
        AgreementSummary summary = AgreementSummary.of(COUNTS, Polarity.NEGATIVE);
        // Disagreeing is favourable: SD scores 100, D 75, N 50, A 25, SA 0.
        // (2·100 + 3·75 + 5·50 + 6·25 + 4·0) / 20 = 825 / 20 = 41.25 = 100 − 58.75
        assertThat(summary.score()).isCloseTo(41.25, within(1e-12));
        assertThat(summary.favourable()).isEqualTo(5);
        assertThat(summary.neutral()).isEqualTo(5);
        assertThat(summary.unfavourable()).isEqualTo(10);
    }

    @Test
    void dontKnowIsExcludedFromEveryFigure() {
        AgreementSummary without = AgreementSummary.of(new AgreementCounts(2, 3, 5, 6, 4, 0), Polarity.POSITIVE);
        AgreementSummary with = AgreementSummary.of(new AgreementCounts(2, 3, 5, 6, 4, 500), Polarity.POSITIVE);
        assertThat(with).isEqualTo(without);
        assertThat(with.favourableSample()).isEqualTo(ProportionSample.of(10, 20));
    }

    @Test
    void everyoneStronglyAgreeingScoresHundred() {
        assertThat(AgreementSummary.of(new AgreementCounts(0, 0, 0, 0, 11, 0), Polarity.POSITIVE).score())
                .isEqualTo(100.0);
        assertThat(AgreementSummary.of(new AgreementCounts(0, 0, 0, 0, 11, 0), Polarity.NEGATIVE).score())
                .isEqualTo(0.0);
    }

    @Test
    void onlyDontKnowMeansNoResponsesNotZero() {
        Figure<AgreementSummary> summary =
                AgreementSummary.of(Figure.value(new AgreementCounts(0, 0, 0, 0, 0, 12)), Polarity.POSITIVE);
        assertThat(summary).isEqualTo(Figure.noResponses());
    }

    @Test
    void allOtherRespondentsIsTheTotalLessTheGroup() {
        AgreementCounts total = new AgreementCounts(20, 30, 50, 60, 40, 10);
        AgreementCounts others = total.minus(COUNTS);
        assertThat(others).isEqualTo(new AgreementCounts(18, 27, 45, 54, 36, 3));
    }
}
