package org.candour.analytics.ui;

import org.candour.analytics.AnalyticsExports;
import org.candour.analytics.AnalyticsService;
import org.candour.analytics.Dimension;
import org.candour.analytics.ExportTable;
import org.candour.analytics.Measure;
import org.candour.analytics.OrgNode;
import org.candour.analytics.ReleasedWave;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The PDF report of one unit: the overview, then for the first profile dimension (ethnicity in the default
 * questionnaire) every theme compared across groups, the heatmap, the experiences funnel, every theme's trend,
 * and the released comments. Worded exactly as the views.
 */
final class ReportMaker {

    private final AnalyticsService analytics;
    private final AnalyticsTables tables;

    ReportMaker(AnalyticsService analytics, AnalyticsTables tables) {
        this.analytics = analytics;
        this.tables = tables;
    }

    List<ExportTable> sections(ReleasedWave wave, OrgNode node) {
        Dimension dimension = analytics.dimensions().getFirst();
        List<Measure> themes = analytics.measures(wave.id()).stream().filter(Measure::isTheme).toList();
        List<ExportTable> sections = new ArrayList<>();
        sections.add(tables.overview(analytics.overview(wave.id(), node.id())));
        for (Measure theme : themes) {
            sections.add(tables.compare(analytics.compare(wave.id(), node.id(), theme, dimension.code())));
        }
        sections.add(tables.heatmap(analytics.heatmap(wave.id(), node.id(), dimension.code())));
        sections.add(tables.experiences(analytics.experiences(wave.id(), node.id(), dimension.code())));
        for (Measure theme : themes) {
            sections.add(tables.trends(analytics.trends(node.id(), theme, dimension.code())));
        }
        for (Measure question : analytics.textQuestions(wave.id())) {
            sections.add(tables.comments(node.name(), Optional.of(question),
                    analytics.comments(wave.id(), node.id(), question.code(), ""), ""));
        }
        return sections;
    }

    byte[] pdf(ReleasedWave wave, OrgNode node) {
        Wording w = tables.wording();
        return AnalyticsExports.pdf(w.t("analytics.report.title", node.name(), wave.name()),
                List.of(w.t("analytics.report.intro", wave.minCellSize()),
                        w.t("analytics.report.dimension", AnalyticsTables.dimensionLabel(w, analytics.dimensions().getFirst()))),
                sections(wave, node));
    }
}
