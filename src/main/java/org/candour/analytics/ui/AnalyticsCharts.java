package org.candour.analytics.ui;

import org.candour.analytics.Breakdown;
import org.candour.analytics.Comparison;
import org.candour.analytics.Experiences;
import org.candour.analytics.ExportTable;
import org.candour.analytics.Heatmap;
import org.candour.analytics.Trends;
import org.candour.analytics.statistics.Band;
import org.candour.analytics.statistics.Computation;
import org.candour.analytics.statistics.Figure;
import org.candour.analytics.statistics.ProportionComparison;
import org.candour.analytics.ui.chart.ChartModel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The chart behind each analytics view, made from the same service record as its table ({@link AnalyticsTables})
 * and carrying the table's title and one-sentence summary. Every number is the table's number as written there
 * (whole percentages, whole scores, whole points), and the three states stay states: a suppressed, banded or
 * no-responses figure becomes the same state in the chart, a band with the words the table shows.
 */
final class AnalyticsCharts {

    private final Wording w;

    AnalyticsCharts(Wording wording) {
        this.w = wording;
    }

    /** Stacked favourable / neutral / unfavourable bars, one per row of the table (all respondents first), with n. */
    ChartModel compare(Comparison comparison, ExportTable table) {
        List<String> groups = new ArrayList<>(List.of(withN(w.group(null), comparison.all())));
        List<Figure<Breakdown>> figures = new ArrayList<>(List.of(comparison.all()));
        for (Comparison.Row row : comparison.rows()) {
            groups.add(withN(w.group(row.group()), row.figure()));
            figures.add(row.figure());
        }
        return new ChartModel(ChartModel.Kind.STACKED_BARS, table.title(), table.summary(), ChartModel.Unit.PERCENT,
                groups, List.of(
                ChartModel.Series.of(w.t("analytics.chart.favourable"), shares(figures, Breakdown::favourableShare)),
                ChartModel.Series.of(w.t("analytics.chart.neutral"), shares(figures, Breakdown::neutralShare)),
                ChartModel.Series.of(w.t("analytics.chart.unfavourable"), shares(figures, Breakdown::unfavourableShare))));
    }

    private String withN(String group, Figure<Breakdown> figure) {
        return figure instanceof Figure.Value<Breakdown> v ? w.t("analytics.chart.group-n", group, v.value().n()) : group;
    }

    private List<Figure<Double>> shares(List<Figure<Breakdown>> figures, Function<Breakdown, Double> share) {
        return figures.stream().map(f -> point(f, b -> percent(share.apply(b)))).toList();
    }

    /**
     * One % favourable line per group (all respondents first) across waves, and the gap line of each group whose gap
     * could be worked out in at least one wave (a gap line of nothing but placeholders would only repeat the group's).
     */
    ChartModel trends(Trends trends, ExportTable table) {
        List<String> waves = trends.series().getFirst().points().stream().map(p -> p.wave().name()).toList();
        List<ChartModel.Series> lines = new ArrayList<>();
        List<ChartModel.Series> gaps = new ArrayList<>();
        for (Trends.Series series : trends.series()) {
            String group = w.group(series.group());
            lines.add(ChartModel.Series.of(group, series.points().stream()
                    .map(p -> point(p.figure(), b -> percent(b.favourableShare()))).toList()));
            if (series.group() != null
                    && series.points().stream().anyMatch(p -> p.gap() instanceof Computation.Computed<ProportionComparison>)) {
                gaps.add(ChartModel.Series.gapLine(w.t("analytics.chart.gap-line", group), series.points().stream()
                        .map(p -> gapPoint(p.gap(), p.wave().minCellSize())).toList()));
            }
        }
        lines.addAll(gaps);
        return new ChartModel(ChartModel.Kind.TREND_LINES, table.title(), table.summary(), ChartModel.Unit.PERCENT,
                waves, lines);
    }

    /** The gap in whole points as the table writes it; not computable: the state of the figure that stopped it. */
    private Figure<Double> gapPoint(Computation<ProportionComparison> gap, int k) {
        return switch (gap) {
            case Computation.Computed<ProportionComparison> c -> Figure.value((double) Math.round(c.value().difference() * 100));
            case Computation.NotComputable<ProportionComparison> n -> switch (n.reason()) {
                case SUPPRESSED -> Figure.suppressed(k);
                case BANDED -> Figure.banded(new Band(w.reason(n.reason())));
                case NO_RESPONSES, UNDEFINED -> Figure.noResponses();
            };
        };
    }

    /** Themes (rows) × groups (columns), coloured by the theme index as the table writes it. */
    ChartModel heatmap(Heatmap heatmap, ExportTable table) {
        List<ChartModel.Series> rows = new ArrayList<>();
        for (int t = 0; t < heatmap.themes().size(); t++) {
            rows.add(ChartModel.Series.of(w.theme(heatmap.themes().get(t)), heatmap.cells().get(t).stream()
                    .map(cell -> point(cell.figure(), b -> (double) Math.round(b.score()))).toList()));
        }
        return new ChartModel(ChartModel.Kind.HEATMAP, table.title(), table.summary(), ChartModel.Unit.SCORE,
                heatmap.dimension().categories().stream().map(w::group).toList(), rows);
    }

    /** The funnel's stages as categories, one series per row of the table (all respondents first). */
    ChartModel experiences(Experiences experiences, ExportTable table) {
        List<ChartModel.Series> groups = experiences.rows().stream()
                .map(row -> ChartModel.Series.of(w.group(row.group()), row.stages().stream()
                        .map(f -> point(f, s -> percent(s.estimate()))).toList()))
                .toList();
        return new ChartModel(ChartModel.Kind.FUNNEL, table.title(), table.summary(), ChartModel.Unit.PERCENT,
                experiences.stages().stream().map(s -> w.t("analytics.funnel." + s.role())).toList(), groups);
    }

    /** A whole percentage, rounded as {@link Wording#percent} rounds it. */
    private static double percent(double share) {
        return Math.round(share * 100);
    }

    /** The value as a number; the other states pass through, a band with the words the table uses for it. */
    private <T> Figure<Double> point(Figure<T> figure, Function<T, Double> value) {
        return switch (figure) {
            case Figure.Banded<T> b -> Figure.banded(new Band(w.band(b.band())));
            default -> figure.map(value);
        };
    }
}
