package org.candour.analytics;

import org.candour.analytics.statistics.Computation;
import org.candour.analytics.statistics.Figure;
import org.candour.analytics.statistics.JudgedComparison;

import java.util.List;

/**
 * Theme indices by the groups of one dimension; each cell's gap to all other respondents is judged with
 * Benjamini–Hochberg across the whole heatmap. cells.get(theme).get(group).
 */
public record Heatmap(ReleasedWave wave, OrgNode node, Dimension dimension, List<String> themes,
                      List<List<Cell>> cells) {

    public record Cell(Figure<Breakdown> figure, Computation<JudgedComparison> gap) {
    }
}
