package org.candour.analytics;

import org.candour.analytics.statistics.Computation;
import org.candour.analytics.statistics.Figure;
import org.candour.analytics.statistics.JudgedComparison;

import java.util.List;
import java.util.Optional;

/**
 * The overview of one node in one released wave: respondents and response rate, a card per theme with its index
 * and the change since the previous released wave (over items with identical wording only; Holm across the
 * themes), and the agreement items that improved or declined most.
 */
public record Overview(ReleasedWave wave, OrgNode node, Optional<ReleasedWave> previous, Figure<Integer> respondents,
                       Computation<Double> responseRate, List<ThemeCard> themes, List<Change> improvements,
                       List<Change> declines) {

    /** indexChange: points on the 0–100 index; change: % favourable now against then, judged. */
    public record ThemeCard(String theme, Figure<Breakdown> index, Computation<Double> indexChange,
                            Computation<JudgedComparison> change) {
    }

    public record Change(Measure item, Figure<Breakdown> before, Figure<Breakdown> after,
                         Computation<JudgedComparison> change) {
    }
}
