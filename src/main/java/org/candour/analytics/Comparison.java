package org.candour.analytics;

import org.candour.analytics.statistics.Computation;
import org.candour.analytics.statistics.Figure;
import org.candour.analytics.statistics.JudgedComparison;

import java.util.List;

/**
 * A theme or item by the groups of one profile dimension at one node: each group's breakdown, the reference group
 * ("all other respondents": the node's published total less the group's published figures) and the gap, judged
 * with Holm across the screen and Cohen's h. all is the node's total.
 */
public record Comparison(ReleasedWave wave, OrgNode node, Measure measure, Dimension dimension,
                         Figure<Breakdown> all, List<Row> rows) {

    /**
     * reference: all other respondents; a suppressed, banded or no-responses reference means it cannot be derived
     * from published figures. gap: group − reference in % favourable.
     */
    public record Row(Dimension.Category group, Figure<Breakdown> figure, Figure<Breakdown> reference,
                      Computation<JudgedComparison> gap) {
    }
}
