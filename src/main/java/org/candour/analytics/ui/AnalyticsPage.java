package org.candour.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import org.candour.admin.TransparencyLog;
import org.candour.analytics.AnalyticsExports;
import org.candour.analytics.AnalyticsService;
import org.candour.analytics.Dimension;
import org.candour.analytics.ExportTable;
import org.candour.analytics.Measure;
import org.candour.analytics.OrgNode;
import org.candour.analytics.ReleasedWave;
import org.candour.analytics.ui.chart.Chart;
import org.candour.analytics.ui.chart.ChartModel;
import org.candour.base.ui.Downloads;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every analytics view shares: the wave and unit choosers, the chart (id "chart", in views that have one),
 * the one-sentence summary, the table, and CSV / XLSX exports of exactly that table. Chart and table are made
 * from the same service record and carry the same summary; where there is a chart, the chart shows the summary
 * (it is the plot's accessible description), otherwise the page does.
 * Each time the table is shown, and each export, is written to the transparency log with its parameters.
 */
abstract class AnalyticsPage extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final AnalyticsService analytics;
    final TransparencyLog transparency;
    final AnalyticsTables tables;
    final String view;
    final ComboBox<ReleasedWave> wave = new ComboBox<>();
    final ComboBox<OrgNode> node = new ComboBox<>();
    final ComboBox<Measure> measure = new ComboBox<>();
    final ComboBox<Dimension> dimension = new ComboBox<>();
    final HorizontalLayout controls = new HorizontalLayout();
    final AnalyticsCharts charts;
    /** The chart on screen, id "chart"; null in views without a chart or while nothing is chosen. */
    Chart chart;
    /** The summary sentence; shown by the page only when there is no chart to show it. */
    final Paragraph summary = new Paragraph();
    /** The table on screen: a plain HTML table (caption, column and row headers) that assistive technology reads. */
    NativeTable table = new NativeTable();
    final Paragraph nothing = new Paragraph();
    /** The table on screen now: what exports contain. */
    ExportTable shown;

    /** What a view shows for a choice: its table and, unless null, the chart of exactly that table's figures. */
    record Shown(ExportTable table, ChartModel chart) {
        static Optional<Shown> tableOnly(ExportTable table) {
            return Optional.of(new Shown(table, null));
        }
    }

    /** Which choosers a view offers besides the unit. */
    enum Controls { WAVE, WAVE_DIMENSION, WAVE_MEASURE_DIMENSION, MEASURE_DIMENSION }

    /** The current choices; measure and dimension are null in views without them. */
    record Choice(ReleasedWave wave, OrgNode node, Measure measure, Dimension dimension) {
    }

    private final Controls offered;

    AnalyticsPage(String view, AnalyticsService analytics, TransparencyLog transparency, Controls offered) {
        this.offered = offered;
        boolean withWave = offered != Controls.MEASURE_DIMENSION;
        this.view = view;
        this.analytics = analytics;
        this.transparency = transparency;
        this.tables = new AnalyticsTables(this::getTranslation);
        this.charts = new AnalyticsCharts(tables.wording());
        add(new H2(getTranslation("analytics." + view + ".title")),
                new Paragraph(getTranslation("analytics." + view + ".intro")));

        List<ReleasedWave> waves = analytics.releasedWaves();
        wave.setLabel(getTranslation("analytics.wave"));
        wave.setItems(waves);
        wave.setItemLabelGenerator(ReleasedWave::name);
        node.setLabel(getTranslation("analytics.node"));
        List<OrgNode> nodes = analytics.visibleNodes();
        node.setItems(nodes);
        node.setItemLabelGenerator(n -> "\u2003".repeat(n.depth()) + n.name());
        wave.setWidth("18em");
        node.setWidth("18em");
        if (withWave) {
            controls.add(wave);
        }
        controls.add(node);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.getStyle().set("flex-wrap", "wrap");

        summary.setId("summary");
        table.setId("table");
        nothing.setId("nothing");

        Anchor csv = Downloads.each(getTranslation("analytics.export.csv"), "candour-" + view + ".csv",
                "text/csv; charset=utf-8", () -> export("csv"));
        csv.setId("export-csv");
        Anchor xlsx = Downloads.each(getTranslation("analytics.export.xlsx"), "candour-" + view + ".xlsx", XLSX,
                () -> export("xlsx"));
        xlsx.setId("export-xlsx");
        HorizontalLayout exports = new HorizontalLayout(csv, xlsx);

        if (waves.isEmpty() || nodes.isEmpty()) {
            nothing.setText(getTranslation("analytics.no-release"));
            add(nothing);
            return;
        }
        add(controls, summary, table, exports);
        wave.setValue(waves.getFirst());
        node.setValue(nodes.getFirst());
        if (offered == Controls.WAVE_MEASURE_DIMENSION || offered == Controls.MEASURE_DIMENSION) {
            addMeasureChooser();
        }
        if (offered != Controls.WAVE) {
            addDimensionChooser();
        }
        wave.addValueChangeListener(e -> refresh());
        node.addValueChangeListener(e -> refresh());
        setWidthFull();
    }

    private void addMeasureChooser() {
        measure.setLabel(getTranslation("analytics.measure"));
        measure.setItemLabelGenerator(m -> tables.wording().measure(m));
        measure.setWidth("28em");
        loadMeasures();
        wave.addValueChangeListener(e -> loadMeasures());
        measure.addValueChangeListener(e -> refresh());
        controls.add(measure);
    }

    /** The themes and questions of the chosen wave (the newest for trends), keeping the choice where it exists. */
    private void loadMeasures() {
        ReleasedWave source = wave.getValue();
        if (source != null) {
            List<Measure> measures = analytics.measures(source.id());
            Measure before = measure.getValue();
            measure.setItems(measures);
            measure.setValue(measures.contains(before) ? before : measures.isEmpty() ? null : measures.getFirst());
        }
    }

    private void addDimensionChooser() {
        List<Dimension> dimensions = analytics.dimensions();
        dimension.setLabel(getTranslation("analytics.dimension"));
        dimension.setItems(dimensions);
        dimension.setItemLabelGenerator(d -> AnalyticsTables.dimensionLabel(tables.wording(), d));
        dimension.setValue(dimensions.isEmpty() ? null : dimensions.getFirst());
        dimension.addValueChangeListener(e -> refresh());
        controls.add(dimension);
    }

    /** Builds this view's table (and chart) for complete choices; empty when the view still lacks one of its own. */
    abstract Optional<Shown> show(Choice choice);

    /** The choices that decide what is shown, for the transparency log. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (offered != Controls.MEASURE_DIMENSION && wave.getValue() != null) {
            parameters.put("wave", wave.getValue().name());
        }
        if (node.getValue() != null) {
            parameters.put("unit", node.getValue().name());
        }
        if (measure.getValue() != null) {
            parameters.put("measure", measure.getValue().code());
        }
        if (dimension.getValue() != null) {
            parameters.put("dimension", dimension.getValue().code());
        }
        return parameters;
    }

    private Optional<Choice> choice() {
        boolean needsMeasure = offered == Controls.WAVE_MEASURE_DIMENSION || offered == Controls.MEASURE_DIMENSION;
        boolean needsDimension = offered != Controls.WAVE;
        if (wave.getValue() == null || node.getValue() == null || needsMeasure && measure.getValue() == null
                || needsDimension && dimension.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(new Choice(wave.getValue(), node.getValue(), measure.getValue(), dimension.getValue()));
    }

    /** Shows the table and chart for the current choices, and records the viewing. */
    void refresh() {
        Optional<Shown> built = choice().flatMap(this::show);
        NativeTable fresh = new NativeTable();
        fresh.setId("table");
        fresh.addClassName("candour-table");
        replace(table, fresh);
        table = fresh;
        showChart(built.map(Shown::chart).orElse(null));
        if (built.isEmpty()) {
            shown = null;
            summary.setText("");
            return;
        }
        shown = built.get().table();
        table.setCaptionText(shown.title());
        NativeTableRow head = table.getHead().addRow();
        shown.headers().forEach(header -> head.addHeaderCell().getElement().setText(header).setAttribute("scope", "col"));
        for (List<String> cells : shown.rows()) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().getElement().setText(cells.getFirst()).setAttribute("scope", "row");
            cells.subList(1, cells.size()).forEach(cell -> row.addDataCell().setText(cell));
        }
        summary.setText(shown.summary());
        transparency.record("analytics." + view, parameters());
    }

    /** Puts the chart before the summary, or takes it away; the page's summary shows only without a chart. */
    private void showChart(ChartModel model) {
        if (model == null) {
            if (chart != null) {
                remove(chart);
                chart = null;
            }
        } else if (chart == null) {
            chart = new Chart(model);
            chart.setId("chart");
            // The page's width, not the plot's first drawn width: a vertical layout does not stretch its children.
            chart.getElement().getStyle().set("width", "100%");
            addComponentAtIndex(indexOf(summary), chart);
        } else {
            chart.setModel(model);
        }
        summary.setVisible(chart == null);
    }

    /** The texts of the table on screen, header row first, as a reader sees them. */
    List<List<String>> screenRows() {
        List<List<String>> rows = new java.util.ArrayList<>();
        table.getHead().getRows().forEach(row -> rows.add(texts(row)));
        table.getBody().getRows().forEach(row -> rows.add(texts(row)));
        return rows;
    }

    private static List<String> texts(NativeTableRow row) {
        return row.getAllCells().stream().map(cell -> cell.getElement().getText()).toList();
    }

    /** The shown table as CSV or XLSX; the export is recorded with the view's parameters. */
    byte[] export(String format) {
        if (shown == null) {
            return new byte[0];
        }
        Map<String, String> parameters = new LinkedHashMap<>(parameters());
        parameters.put("view", view);
        parameters.put("format", format);
        transparency.record("analytics.export", parameters);
        return "xlsx".equals(format) ? AnalyticsExports.xlsx(shown) : AnalyticsExports.csv(shown);
    }

    void addBelowControls(Component component) {
        addComponentAtIndex(indexOf(controls) + 1, component);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analytics." + view + ".title") + " – " + getTranslation("app.name");
    }
}
