package org.candour.analytics;

import org.candour.analytics.statistics.Computation;
import org.candour.analytics.statistics.Figure;
import org.candour.analytics.statistics.ProportionComparison;

import java.util.List;

/**
 * A theme or item across released waves at one node, for all respondents and each group of a dimension. Only
 * waves with identical wording (item code and wording version) are compared; the others are listed in excluded.
 * For a theme, the items are those asked with identical wording in every included wave.
 */
public record Trends(OrgNode node, Measure measure, Dimension dimension, List<ReleasedWave> waves,
                     List<ReleasedWave> excluded, List<String> items, List<Series> series) {

    /** group null: all respondents. */
    public record Series(Dimension.Category group, List<Point> points) {
    }

    /**
     * change: % favourable against the previous included wave; minimumDetectableChange: the change that wave pair
     * could detect (80% power, 5% level); gap: the group against all other respondents in this wave.
     */
    public record Point(ReleasedWave wave, Figure<Breakdown> figure, Computation<ProportionComparison> change,
                        Computation<Double> minimumDetectableChange, Computation<ProportionComparison> gap) {
    }
}
