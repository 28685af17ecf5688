package org.candour.analytics.ui.chart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.candour.analytics.statistics.Figure;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An analytics chart: the plot, drawn in the browser by ECharts, and beside it the one-sentence summary as
 * visible text, which is also the plot's accessible description. The model reaches the browser as one JSON
 * property; every figure carries its state and the words to show for it, so "Fewer than k responses", a band
 * and "No responses" are drawn as differently patterned, labelled placeholders and never as numbers.
 */
public class Chart extends Composite<Div> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong IDS = new AtomicLong();

    private final ChartPlot plot = new ChartPlot();
    private final Paragraph summary = new Paragraph();
    private ChartModel model;

    public Chart(ChartModel model) {
        summary.setId("candour-chart-summary-" + IDS.incrementAndGet());
        summary.addClassName("candour-chart-summary");
        getContent().addClassName("candour-chart");
        getContent().add(plot, summary);
        setModel(model);
    }

    public void setModel(ChartModel model) {
        this.model = model;
        summary.setText(model.summary());
        plot.getElement().setPropertyJson("chart", toJson(model));
    }

    /** What the chart shows now. */
    public ChartModel model() {
        return model;
    }

    /** The JSON the web component draws from (see frontend/components/candour-chart.ts). */
    private ObjectNode toJson(ChartModel model) {
        List<SeriesJson> series = model.series().stream()
                .map(row -> new SeriesJson(row.name(), row.gap(),
                        row.points().stream().map(point -> point(point, row.gap() ? "points" : model.unit().key())).toList()))
                .toList();
        return JSON.valueToTree(new PlotJson(model.kind(), model.title(), summary.getId().orElseThrow(),
                model.categories(), series, 100,
                getTranslation("charts.placeholder")));
    }

    private PointJson point(Figure<Double> figure, String unit) {
        return switch (figure) {
            case Figure.Value<Double> v -> new PointJson(Figure.State.VALUE, v.value(),
                    getTranslation("charts.value." + unit, v.value()));
            case Figure.Suppressed<Double> s -> new PointJson(Figure.State.SUPPRESSED, null,
                    getTranslation("charts.state.suppressed", s.k()));
            case Figure.Banded<Double> b -> new PointJson(Figure.State.BANDED, null, b.band().label());
            case Figure.NoResponses<Double> n -> new PointJson(Figure.State.NO_RESPONSES, null,
                    getTranslation("charts.state.no-responses"));
        };
    }

    record PlotJson(ChartModel.Kind kind, String title, String summaryId, List<String> categories,
                    List<SeriesJson> series, int axisMax, String placeholderName) {
    }

    record SeriesJson(String name, boolean gap, List<PointJson> points) {
    }

    record PointJson(Figure.State state, Double value, String label) {
    }
}
