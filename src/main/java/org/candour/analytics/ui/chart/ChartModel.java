package org.candour.analytics.ui.chart;

import org.candour.analytics.statistics.Figure;

import java.util.List;
import java.util.Objects;

/**
 * What one analytics chart shows: a grid of published figures, one {@link Series} per row and one point per
 * category, plus the chart's title (its accessible name) and a one-sentence summary shown beside it.
 * All texts arrive translated; the chart adds only the wording of the three states that are not a number.
 *
 * <ul>
 *   <li>{@link Kind#STACKED_BARS}: categories are groups; series are favourable, neutral, unfavourable.</li>
 *   <li>{@link Kind#TREND_LINES}: categories are waves; one series per group, and the gap to the reference
 *       group as a {@link Series#gap gap} series drawn dashed.</li>
 *   <li>{@link Kind#HEATMAP}: categories are groups; one series per theme (or item).</li>
 *   <li>{@link Kind#FUNNEL}: categories are the stages experienced, reported, confident of action; one series
 *       per group.</li>
 * </ul>
 */
public record ChartModel(Kind kind, String title, String summary, Unit unit, List<String> categories,
                         List<Series> series) {

    public enum Kind { STACKED_BARS, TREND_LINES, HEATMAP, FUNNEL }

    /** How a value is written: a percentage or a 0–100 score. A gap series is always in percentage points. */
    public enum Unit {
        PERCENT, SCORE;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ChartModel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        requireText(title, "title");
        requireText(summary, "summary");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series row : series) {
            if (row.points().size() != categories.size()) {
                throw new IllegalArgumentException("Series '" + row.name() + "' has " + row.points().size()
                        + " points for " + categories.size() + " categories");
            }
        }
    }

    /** One row of figures; {@code gap} marks the gap-to-reference line of a trend chart. */
    public record Series(String name, List<Figure<Double>> points, boolean gap) {
        public Series {
            requireText(name, "series name");
            points = List.copyOf(points);
        }

        public static Series of(String name, List<Figure<Double>> points) {
            return new Series(name, points, false);
        }

        public static Series gapLine(String name, List<Figure<Double>> points) {
            return new Series(name, points, true);
        }
    }

    private static void requireText(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException("A chart needs a " + what);
        }
    }
}
