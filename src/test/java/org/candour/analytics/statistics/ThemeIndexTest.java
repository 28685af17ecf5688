package org.candour.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeIndexTest {

    // analytics.md: theme index = mean of the theme's item scores; hand-computed values.

    private static Figure<AgreementSummary> scored(double score) {
        return Figure.value(new AgreementSummary(1, 1, 1, score));
    }

    @Test
    void meanOfItemScores() {
        // (58.75 + 41.25 + 90) / 3 = 63.333…
        Computation<Double> index = ThemeIndex.of(List.of(scored(58.75), scored(41.25), scored(90)));
        assertThat(((Computation.Computed<Double>) index).value()).isCloseTo(190.0 / 3, within(1e-12));
    }

    @Test
    void itemsWithoutResponsesAreSkippedNotCountedAsZero() {
        Computation<Double> index = ThemeIndex.of(List.of(scored(60), Figure.noResponses(), scored(80)));
        assertThat(((Computation.Computed<Double>) index).value()).isCloseTo(70.0, within(1e-12));
    }

    @Test
    void noItemWithResponsesMeansNoResponses() {
        assertThat(ThemeIndex.of(List.of(Figure.noResponses(), Figure.noResponses())))
                .isEqualTo(Computation.notComputable(Computation.Reason.NO_RESPONSES));
        assertThat(ThemeIndex.of(List.of()))
                .isEqualTo(Computation.notComputable(Computation.Reason.NO_RESPONSES));
    }

    @Test
    void aSuppressedOrBandedItemMakesTheIndexNotComputable() {
        assertThat(ThemeIndex.of(List.of(scored(60), Figure.suppressed(10), scored(80))))
                .isEqualTo(Computation.notComputable(Computation.Reason.SUPPRESSED));
        assertThat(ThemeIndex.of(List.of(scored(60), Figure.banded(new Band("90% or more favourable")))))
                .isEqualTo(Computation.notComputable(Computation.Reason.BANDED));
        // Suppression is reported first, so a wholly suppressed cell reads "Fewer than k responses".
        assertThat(ThemeIndex.of(List.of(Figure.banded(new Band("10% or less favourable")), Figure.suppressed(10))))
                .isEqualTo(Computation.notComputable(Computation.Reason.SUPPRESSED));
    }
}
