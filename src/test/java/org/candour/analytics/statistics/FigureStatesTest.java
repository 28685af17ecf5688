package org.candour.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FigureStatesTest {

    // analytics.md: "Fewer than k responses", a band, and "No responses" are three different things, never
    // confused; disclosure.md rule 6: statistics only from published figures, so nothing is guessed for the
    // suppressed or banded ones.

    private static final Band HIGH = new Band("90% or more favourable");
    private static final Figure<AgreementSummary> PUBLISHED =
            AgreementSummary.of(Figure.value(new AgreementCounts(2, 3, 5, 6, 4, 7)), Polarity.POSITIVE);

    @Test
    void theThreeStatesAreDistinctAndSayDifferentThings() {
        List<Figure<AgreementCounts>> missing =
                List.of(Figure.suppressed(10), Figure.banded(HIGH), Figure.noResponses());
        assertThat(missing).extracting(Figure::state)
                .containsExactly(Figure.State.SUPPRESSED, Figure.State.BANDED, Figure.State.NO_RESPONSES);
        // What the views need for "Fewer than k responses" and for the band's wording travels with the figure.
        assertThat(new Figure.Suppressed<>(10).k()).isEqualTo(10);
        assertThat(new Figure.Banded<>(HIGH).band().label()).isEqualTo("90% or more favourable");
        assertThat(Figure.<Double>suppressed(10)).isNotEqualTo(Figure.<Double>noResponses());
        assertThat(Figure.<Double>suppressed(10)).isNotEqualTo(Figure.<Double>suppressed(5));
    }

    @Test
    void summarisingKeepsEachStateAndItsK() {
        assertThat(AgreementSummary.of(Figure.suppressed(7), Polarity.POSITIVE)).isEqualTo(Figure.suppressed(7));
        assertThat(AgreementSummary.of(Figure.banded(HIGH), Polarity.NEGATIVE)).isEqualTo(Figure.banded(HIGH));
        assertThat(AgreementSummary.of(Figure.noResponses(), Polarity.POSITIVE)).isEqualTo(Figure.noResponses());
        assertThat(PUBLISHED.state()).isEqualTo(Figure.State.VALUE);
    }

    @Test
    void mapTransformsOnlyValues() {
        assertThat(PUBLISHED.map(AgreementSummary::score)).isEqualTo(Figure.value(58.75));
        assertThat(Figure.<AgreementSummary>suppressed(10).map(AgreementSummary::score))
                .isEqualTo(Figure.suppressed(10));
        assertThat(Figure.<AgreementSummary>banded(HIGH).map(AgreementSummary::score)).isEqualTo(Figure.banded(HIGH));
    }

    @Test
    void aGapIsNotComputableWhenEitherSideIsNotAValue() {
        assertThat(FavourableGap.compare(Figure.suppressed(10), PUBLISHED))
                .isEqualTo(Computation.notComputable(Computation.Reason.SUPPRESSED));
        assertThat(FavourableGap.compare(PUBLISHED, Figure.banded(HIGH)))
                .isEqualTo(Computation.notComputable(Computation.Reason.BANDED));
        assertThat(FavourableGap.compare(Figure.noResponses(), PUBLISHED))
                .isEqualTo(Computation.notComputable(Computation.Reason.NO_RESPONSES));
    }

    @Test
    void aGapBetweenPublishedValuesIsComputed() {
        // 10/20 favourable (PUBLISHED) against 56/70: gap −0.30, Newcombe interval from NewcombeDifferenceInterval.
        Figure<AgreementSummary> reference = Figure.value(new AgreementSummary(56, 4, 10, 70));
        Computation<ProportionComparison> gap = FavourableGap.compare(PUBLISHED, reference);
        ProportionComparison comparison = ((Computation.Computed<ProportionComparison>) gap).value();
        assertThat(comparison.difference()).isCloseTo(-0.30, within(1e-12));
        assertThat(comparison.interval()).isEqualTo(NewcombeDifferenceInterval.of(10, 20, 56, 70));
        assertThat(comparison.cohensH()).isEqualTo(CohensH.of(0.5, 0.8));
    }

    @Test
    void headcountsReachTheComparison() {
        Figure<AgreementSummary> reference = Figure.value(new AgreementSummary(56, 4, 10, 70));
        ProportionComparison comparison = ((Computation.Computed<ProportionComparison>) FavourableGap.compare(
                PUBLISHED, OptionalInt.of(25), reference, OptionalInt.empty())).value();
        assertThat(comparison.group()).isEqualTo(ProportionSample.ofHeadcount(10, 20, 25));
        assertThat(comparison.interval()).isEqualTo(NewcombeDifferenceInterval.of(
                ProportionSample.ofHeadcount(10, 20, 25), ProportionSample.of(56, 70)));
    }

    @Test
    void aValueIsNeverAReasonForNotComputing() {
        assertThatThrownBy(() -> Computation.Reason.of(PUBLISHED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void figuresRejectNonsense() {
        assertThatThrownBy(() -> Figure.suppressed(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Band(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Figure.value(null)).isInstanceOf(NullPointerException.class);
    }
}
