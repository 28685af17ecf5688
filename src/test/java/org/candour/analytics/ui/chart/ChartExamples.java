package org.candour.analytics.ui.chart;

import org.candour.analytics.statistics.Band;
import org.candour.analytics.statistics.Figure;

import java.util.List;

/** One chart of each kind, each holding numbers and all three states that are not a number. */
final class ChartExamples {

    private ChartExamples() {
    }

    static List<ChartModel> all() {
        return List.of(stackedBars(), trendLines(), heatmap(), funnel());
    }

    static ChartModel stackedBars() {
        return new ChartModel(ChartModel.Kind.STACKED_BARS, "Fair promotion decisions by ethnicity",
                "White officers answer favourably most often; Black officers' answers are withheld because fewer than 10 responded.",
                ChartModel.Unit.PERCENT, List.of("White", "Asian", "Black", "Mixed", "Other"), List.of(
                ChartModel.Series.of("Favourable", List.of(value(62), value(48), suppressed(), banded("90% or more"), noResponses())),
                ChartModel.Series.of("Neutral", List.of(value(20), value(22), suppressed(), banded("10% or less"), noResponses())),
                ChartModel.Series.of("Unfavourable", List.of(value(18), value(30), suppressed(), banded("10% or less"), noResponses()))));
    }

    static ChartModel trendLines() {
        return new ChartModel(ChartModel.Kind.TREND_LINES, "Fairness index across waves",
                "The gap between Asian officers and all others narrowed from 14 to 6 points over three waves.",
                ChartModel.Unit.SCORE, List.of("2024", "2025", "2026"), List.of(
                ChartModel.Series.of("Asian", List.of(value(51), suppressed(), value(60))),
                ChartModel.Series.of("All other respondents", List.of(value(65), value(66), value(66))),
                ChartModel.Series.of("Mixed", List.of(noResponses(), banded("90 or more"), value(70))),
                ChartModel.Series.gapLine("Gap, Asian to all others", List.of(value(-14), suppressed(), value(-6)))));
    }

    static ChartModel heatmap() {
        return new ChartModel(ChartModel.Kind.HEATMAP, "Theme scores by rank",
                "Constables score lowest on trust in leadership; sergeants' speaking-up score is withheld.",
                ChartModel.Unit.SCORE, List.of("Constable", "Sergeant", "Inspector"), List.of(
                ChartModel.Series.of("Fairness", List.of(value(55), value(61), value(70))),
                ChartModel.Series.of("Speaking up", List.of(value(58), suppressed(), banded("90 or more"))),
                ChartModel.Series.of("Trust in leadership", List.of(value(41), value(52), noResponses()))));
    }

    static ChartModel funnel() {
        return new ChartModel(ChartModel.Kind.FUNNEL, "Racism experienced, reported and confident of action",
                "Of Black officers who experienced racism, fewer than half reported it.",
                ChartModel.Unit.PERCENT, List.of("Experienced", "Reported", "Confident of action"), List.of(
                ChartModel.Series.of("Black", List.of(value(38), value(16), suppressed())),
                ChartModel.Series.of("Asian", List.of(value(27), banded("10% or less"), noResponses()))));
    }

    private static Figure<Double> value(double value) {
        return Figure.value(value);
    }

    private static Figure<Double> suppressed() {
        return Figure.suppressed(10);
    }

    private static Figure<Double> banded(String band) {
        return Figure.banded(new Band(band));
    }

    private static Figure<Double> noResponses() {
        return Figure.noResponses();
    }
}
