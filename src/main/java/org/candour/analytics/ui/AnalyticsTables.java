package org.candour.analytics.ui;

import org.candour.analytics.Breakdown;
import org.candour.analytics.Comparison;
import org.candour.analytics.Dimension;
import org.candour.analytics.Experiences;
import org.candour.analytics.ExportTable;
import org.candour.analytics.Heatmap;
import org.candour.analytics.Measure;
import org.candour.analytics.Overview;
import org.candour.analytics.Trends;
import org.candour.analytics.statistics.Computation;
import org.candour.analytics.statistics.Figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The table and the one-sentence summary behind each analytics view, worded as on screen. Views show exactly
 * these rows, and CSV, XLSX and the PDF report are made from them, so an export equals the screen.
 */
final class AnalyticsTables {

    private final Wording w;

    AnalyticsTables(Translator translator) {
        this.w = new Wording(translator);
    }

    Wording wording() {
        return w;
    }

    ExportTable overview(Overview overview) {
        List<List<String>> rows = new ArrayList<>();
        for (Overview.ThemeCard card : overview.themes()) {
            rows.add(List.of(w.t("analytics.overview.kind.theme"), w.theme(card.theme()),
                    w.figure(card.index(), b -> Wording.score(b.score())), w.n(card.index()),
                    switch (card.indexChange()) {
                        case Computation.Computed<Double> c -> w.t("analytics.points", Wording.signedScore(c.value()));
                        case Computation.NotComputable<Double> n -> overview.previous().isEmpty()
                                ? w.t("analytics.overview.no-previous") : w.reason(n.reason());
                    },
                    w.significance(card.change())));
        }
        addChanges(rows, "analytics.overview.kind.improvement", overview.improvements());
        addChanges(rows, "analytics.overview.kind.decline", overview.declines());

        String respondents = w.figure(overview.respondents(), n -> w.t("analytics.responses", n));
        String rate = switch (overview.responseRate()) {
            case Computation.Computed<Double> c -> Wording.percent(c.value());
            case Computation.NotComputable<Double> n -> w.t("analytics.overview.rate-unknown");
        };
        List<Overview.ThemeCard> scored = overview.themes().stream()
                .filter(c -> c.index() instanceof Figure.Value<Breakdown>)
                .sorted(Comparator.comparingDouble(c -> ((Figure.Value<Breakdown>) c.index()).value().score())).toList();
        String highest = scored.isEmpty() ? w.t("analytics.overview.none-shown") : themeScore(scored.getLast());
        String lowest = scored.isEmpty() ? w.t("analytics.overview.none-shown") : themeScore(scored.getFirst());
        String changed = overview.previous().map(p -> w.t("analytics.overview.changed",
                        overview.themes().stream().filter(c -> Wording.flagged(c.change())).count(), p.name()))
                .orElse(w.t("analytics.overview.no-previous"));
        String summary = w.t("analytics.overview.summary", overview.wave().name(), overview.node().name(), respondents,
                rate, highest, lowest, changed);
        return new ExportTable(w.t("analytics.overview.title") + " – " + overview.node().name(), summary,
                List.of(w.t("analytics.overview.column.kind"), w.t("analytics.column.measure"),
                        w.t("analytics.overview.column.now"), w.t("analytics.column.n"),
                        w.t("analytics.overview.column.change"), w.t("analytics.column.significance")),
                rows);
    }

    private String themeScore(Overview.ThemeCard card) {
        return w.t("analytics.overview.theme-score", w.theme(card.theme()),
                Wording.score(((Figure.Value<Breakdown>) card.index()).value().score()));
    }

    private void addChanges(List<List<String>> rows, String kindKey, List<Overview.Change> changes) {
        for (Overview.Change change : changes) {
            rows.add(List.of(w.t(kindKey), w.measure(change.item()), w.favourable(change.after()), w.n(change.after()),
                    w.judged(change.change()), w.significance(change.change())));
        }
    }

    ExportTable compare(Comparison comparison) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(breakdownRow(w.group(null), comparison.all(), "", ""));
        List<String> flagged = new ArrayList<>();
        int hidden = 0;
        for (Comparison.Row row : comparison.rows()) {
            String gap;
            if (!(row.figure() instanceof Figure.Value<Breakdown>)) {
                gap = "";
                hidden++;
            } else if (!(row.reference() instanceof Figure.Value<Breakdown>)) {
                gap = w.t("analytics.reference.not-derivable", w.figure(row.reference(), b -> ""));
            } else {
                gap = w.judged(row.gap());
            }
            rows.add(breakdownRow(w.group(row.group()), row.figure(), gap, w.significance(row.gap())));
            if (Wording.flagged(row.gap())) {
                flagged.add(w.t("analytics.compare.flagged-group", w.group(row.group()), w.judged(row.gap())));
            }
        }
        String measure = w.measure(comparison.measure());
        String summary = flagged.isEmpty()
                ? w.t("analytics.compare.summary.none", measure, hidden, comparison.wave().minCellSize())
                : w.t("analytics.compare.summary", flagged.size(), comparison.rows().size(), measure,
                        String.join("; ", flagged), hidden, comparison.wave().minCellSize());
        return new ExportTable(w.t("analytics.compare.title") + " – " + measure + " – " + comparison.node().name(),
                summary,
                List.of(w.t("analytics.column.group"), w.t("analytics.column.n"), w.t("analytics.column.favourable"),
                        w.t("analytics.column.neutral"), w.t("analytics.column.unfavourable"),
                        w.t("analytics.column.interval"), w.t("analytics.column.gap"),
                        w.t("analytics.column.significance")),
                rows);
    }

    private List<String> breakdownRow(String group, Figure<Breakdown> figure, String gap, String significance) {
        if (!(figure instanceof Figure.Value<Breakdown> v)) {
            return List.of(group, "", w.favourable(figure), "", "", "", gap, significance);
        }
        Breakdown b = v.value();
        return List.of(group, String.valueOf(b.n()), Wording.percent(b.favourableShare()),
                Wording.percent(b.neutralShare()), Wording.percent(b.unfavourableShare()),
                w.interval(b.favourableInterval()), gap, significance);
    }

    ExportTable trends(Trends trends) {
        List<List<String>> rows = new ArrayList<>();
        for (Trends.Series series : trends.series()) {
            for (Trends.Point point : series.points()) {
                rows.add(List.of(w.group(series.group()), point.wave().name(), w.n(point.figure()),
                        w.favourable(point.figure()), optional(point.change()), mdc(point.minimumDetectableChange()),
                        series.group() == null ? "" : optional(point.gap())));
            }
        }
        String measure = w.measure(trends.measure());
        String summary;
        List<Trends.Point> all = trends.series().getFirst().points();
        if (all.size() < 2) {
            summary = w.t("analytics.trends.summary.single", measure, trends.excluded().size());
        } else {
            Trends.Point first = all.getFirst();
            Trends.Point last = all.getLast();
            summary = w.t("analytics.trends.summary", measure, w.favourable(first.figure()), first.wave().name(),
                    w.favourable(last.figure()), last.wave().name(), mdc(last.minimumDetectableChange()),
                    trends.excluded().size());
        }
        return new ExportTable(w.t("analytics.trends.title") + " – " + measure + " – " + trends.node().name(), summary,
                List.of(w.t("analytics.column.group"), w.t("analytics.column.wave"), w.t("analytics.column.n"),
                        w.t("analytics.column.favourable"), w.t("analytics.trends.column.change"),
                        w.t("analytics.trends.column.mdc"), w.t("analytics.column.gap")),
                rows);
    }

    /** Empty for the first wave of a series (nothing before it) or the all-respondents line (no reference). */
    private String optional(Computation<org.candour.analytics.statistics.ProportionComparison> comparison) {
        return comparison instanceof Computation.NotComputable<?> n
                && ((Computation.NotComputable<?>) n).reason() == Computation.Reason.UNDEFINED
                ? "" : w.comparison(comparison);
    }

    private String mdc(Computation<Double> mdc) {
        return switch (mdc) {
            case Computation.Computed<Double> c -> w.t("analytics.points", Wording.points(c.value()).replace("+", ""));
            case Computation.NotComputable<Double> n -> n.reason() == Computation.Reason.UNDEFINED ? "" : w.reason(n.reason());
        };
    }

    ExportTable heatmap(Heatmap heatmap) {
        List<String> headers = new ArrayList<>(List.of(w.t("analytics.column.theme")));
        heatmap.dimension().categories().forEach(c -> headers.add(w.group(c)));
        List<List<String>> rows = new ArrayList<>();
        int flagged = 0;
        int tested = 0;
        int hidden = 0;
        for (int t = 0; t < heatmap.themes().size(); t++) {
            List<String> row = new ArrayList<>(List.of(w.theme(heatmap.themes().get(t))));
            for (Heatmap.Cell cell : heatmap.cells().get(t)) {
                String text = w.figure(cell.figure(), b -> Wording.score(b.score()));
                String significance = w.significance(cell.gap());
                if (Wording.flagged(cell.gap())) {
                    flagged++;
                    text = text + " – " + significance;
                }
                tested += cell.gap() instanceof Computation.Computed<?> ? 1 : 0;
                hidden += cell.figure() instanceof Figure.Value<Breakdown> ? 0 : 1;
                row.add(text);
            }
            rows.add(row);
        }
        String summary = w.t("analytics.heatmap.summary", flagged, tested, hidden, heatmap.wave().minCellSize());
        return new ExportTable(w.t("analytics.heatmap.title") + " – " + heatmap.node().name(), summary, headers, rows);
    }

    ExportTable experiences(Experiences experiences) {
        List<String> headers = new ArrayList<>(List.of(w.t("analytics.column.group")));
        experiences.stages().forEach(s -> headers.add(w.t("analytics.funnel." + s.role())));
        List<List<String>> rows = new ArrayList<>();
        for (Experiences.Row row : experiences.rows()) {
            List<String> cells = new ArrayList<>(List.of(w.group(row.group())));
            row.stages().forEach(figure -> cells.add(w.share(figure)));
            rows.add(cells);
        }
        Experiences.Row all = experiences.rows().getFirst();
        String stages = java.util.stream.IntStream.range(0, experiences.stages().size())
                .mapToObj(i -> w.t("analytics.experiences.stage", w.t("analytics.funnel." + experiences.stages().get(i).role()),
                        w.share(all.stages().get(i))))
                .collect(Collectors.joining("; "));
        String summary = experiences.stages().isEmpty() ? w.t("analytics.experiences.summary.none")
                : w.t("analytics.experiences.summary", stages);
        return new ExportTable(w.t("analytics.experiences.title") + " – " + experiences.node().name(), summary,
                headers, rows);
    }

    ExportTable comments(String nodeName, Optional<Measure> question, List<String> comments, String search) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            rows.add(List.of(String.valueOf(i + 1), comments.get(i)));
        }
        String questionText = question.map(Measure::label).orElse("");
        String summary = comments.isEmpty()
                ? w.t("analytics.comments.summary.none", nodeName)
                : w.t("analytics.comments.summary", comments.size(), nodeName,
                        search == null || search.isBlank() ? "" : w.t("analytics.comments.matching", search.strip()));
        return new ExportTable(w.t("analytics.comments.title") + " – " + questionText + " – " + nodeName, summary,
                List.of(w.t("analytics.comments.column.number"), w.t("analytics.comments.column.comment")), rows);
    }

    static String dimensionLabel(Wording w, Dimension dimension) {
        return w.t("analytics.dimension." + dimension.code());
    }
}
