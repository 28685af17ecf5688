package org.candour.analytics.ui.chart;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chart hands the browser one JSON model in which the three states are distinct and worded. */
@ViewPackages(classes = ChartTestView.class)
class ChartBrowserlessTest extends BrowserlessTest {

    @Test
    void eachStateReachesTheBrowserWithItsOwnStateAndWording() {
        Chart chart = new Chart(ChartExamples.stackedBars());
        JsonNode json = chartJson(chart);

        assertThat(json.get("kind").asString()).isEqualTo("STACKED_BARS");
        assertThat(json.get("categories")).extracting(JsonNode::asString)
                .containsExactly("White", "Asian", "Black", "Mixed", "Other");
        JsonNode favourable = json.get("series").get(0);
        assertThat(favourable.get("name").asString()).isEqualTo("Favourable");
        assertThat(points(favourable)).containsExactly(
                "VALUE 62.0 62%",
                "VALUE 48.0 48%",
                "SUPPRESSED null Fewer than 10 responses",
                "BANDED null 90% or more",
                "NO_RESPONSES null No responses");
    }

    @Test
    void theGapLineIsMarkedAndWrittenInPercentagePoints() {
        JsonNode json = chartJson(new Chart(ChartExamples.trendLines()));

        JsonNode gap = json.get("series").get(3);
        assertThat(gap.get("gap").asBoolean()).isTrue();
        assertThat(json.get("series").get(0).get("gap").asBoolean()).isFalse();
        assertThat(points(gap)).containsExactly(
                "VALUE -14.0 -14 points", "SUPPRESSED null Fewer than 10 responses", "VALUE -6.0 -6 points");
        assertThat(points(json.get("series").get(0))).first().isEqualTo("VALUE 51.0 51");
    }

    @Test
    void theSummaryIsVisibleTextThatDescribesThePlot() {
        Chart chart = new Chart(ChartExamples.heatmap());
        UI.getCurrent().add(chart);

        Paragraph summary = $(Paragraph.class).single();
        assertThat(summary.getText()).isEqualTo(ChartExamples.heatmap().summary());
        assertThat(chartJson(chart).get("summaryId").asString()).isEqualTo(summary.getId().orElseThrow());
        assertThat(chartJson(chart).get("title").asString()).isEqualTo("Theme scores by rank");
    }

    @Test
    void twoChartsOnOnePageHaveDifferentSummaryIds() {
        ObjectNode first = chartJson(new Chart(ChartExamples.funnel()));
        ObjectNode second = chartJson(new Chart(ChartExamples.funnel()));
        assertThat(first.get("summaryId")).isNotEqualTo(second.get("summaryId"));
    }

    @Test
    void aSeriesMustHaveOnePointPerCategory() {
        assertThatThrownBy(() -> new ChartModel(ChartModel.Kind.HEATMAP, "Title", "Summary.", ChartModel.Unit.SCORE,
                List.of("A", "B"), List.of(ChartModel.Series.of("Fairness", List.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Fairness");
    }

    private static ObjectNode chartJson(Chart chart) {
        ChartPlot plot = chart.getContent().getChildren().filter(ChartPlot.class::isInstance)
                .map(ChartPlot.class::cast).findFirst().orElseThrow();
        return (ObjectNode) plot.getElement().getPropertyRaw("chart");
    }

    private static List<String> points(JsonNode series) {
        return series.get("points").valueStream()
                .map(p -> p.get("state").asString() + " " + (p.get("value").isNull() ? "null" : p.get("value").asDouble())
                        + " " + p.get("label").asString())
                .toList();
    }
}
