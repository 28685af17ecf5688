package org.candour.analytics.ui;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.candour.SignedIn;
import org.candour.StaffBrowserlessTest;
import org.candour.admin.TransparencyLog;
import org.candour.analytics.AnalyticsExports;
import org.candour.analytics.Measure;
import org.candour.analytics.PublishedFixture;
import org.candour.analytics.statistics.Figure;
import org.candour.analytics.ui.chart.ChartModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every analytics view on a release with known figures, as an association analyst: the three states are words on
 * screen, a summary sentence is there, the chart shows exactly the table's figures (each state as that state) under
 * the same title and summary, exports equal the screen, and viewing and exporting are in the transparency log.
 */
class AnalyticsViewsBrowserlessTest extends StaffBrowserlessTest {

    private static final String SUPPRESSED = "Fewer than 10 responses";
    private static final String BANDED = "90% or more favourable";
    private static final String NO_RESPONSES = "No responses";

    @Autowired
    PublishedFixture fixture;
    @Autowired
    TransparencyLog transparency;

    private PublishedFixture.Release release;

    @BeforeEach
    void signIn() {
        release = fixture.create();
        signInAs("analyst.association");
    }

    /** Chooses the fixture's wave and unit, as a reader would. */
    private <V extends AnalyticsPage> V open(Class<V> viewClass) {
        V view = navigate(viewClass);
        view.wave.setValue(view.wave.getGenericDataView().getItems()
                .filter(w -> w.id().equals(release.waveId())).findFirst().orElseThrow());
        view.node.setValue(view.node.getGenericDataView().getItems()
                .filter(n -> n.id().equals(release.unitId())).findFirst().orElseThrow());
        assertThat(view.summary.getText()).isNotBlank();
        return view;
    }

    /** The chart on screen: the table's title and summary, which the page then does not repeat. */
    private static ChartModel chart(AnalyticsPage view) {
        assertThat(view.chart).isNotNull();
        assertThat(view.chart.getId()).contains("chart");
        ChartModel model = view.chart.model();
        assertThat(model.title()).isEqualTo(view.shown.title());
        assertThat(model.summary()).isEqualTo(view.summary.getText()).isEqualTo(view.shown.summary());
        assertThat(view.summary.isVisible()).isFalse();
        return model;
    }

    private static ChartModel.Series series(ChartModel chart, String name) {
        return chart.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * A chart point and the table cell showing the same figure: a number written as the table writes it
     * ({@code written} makes the text from the whole number), or the same state in the same words.
     */
    private static void assertSameFigure(Figure<Double> point, String cell, java.util.function.LongFunction<String> written) {
        switch (point) {
            case Figure.Value<Double> v -> {
                assertThat(v.value()).isEqualTo(Math.rint(v.value()));
                // The whole number, not merely its first digits: "6" must not pass for "62".
                assertThat(cell).matches(java.util.regex.Pattern.quote(written.apply(v.value().longValue())) + "(\\D.*)?");
            }
            case Figure.Suppressed<Double> s -> assertThat(cell).isEqualTo("Fewer than " + s.k() + " responses");
            case Figure.Banded<Double> b -> assertThat(cell).isEqualTo(b.band().label());
            case Figure.NoResponses<Double> n -> assertThat(cell).isEqualTo(NO_RESPONSES);
        }
    }

    /** A chart whose series are the table's rows and whose categories are the table's columns after the first. */
    private static void assertChartIsTheTable(AnalyticsPage view, ChartModel chart,
                                              java.util.function.UnaryOperator<String> figureText,
                                              java.util.function.LongFunction<String> written) {
        assertThat(chart.categories()).isEqualTo(view.shown.headers().subList(1, view.shown.headers().size()));
        List<List<String>> table = rows(view);
        assertThat(chart.series()).extracting(ChartModel.Series::name).isEqualTo(table.stream().map(List::getFirst).toList());
        for (int row = 0; row < table.size(); row++) {
            for (int column = 0; column < chart.categories().size(); column++) {
                assertSameFigure(chart.series().get(row).points().get(column),
                        figureText.apply(table.get(row).get(column + 1)), written);
            }
        }
    }

    private static String signedPoints(long points) {
        return (points > 0 ? "+" + points : points < 0 ? "\u2212" + -points : "0") + " points";
    }

    private static List<Figure.State> states(ChartModel.Series series) {
        return series.points().stream().map(Figure::state).toList();
    }

    /** The body rows of the table on screen. */
    private static List<List<String>> rows(AnalyticsPage view) {
        List<List<String>> rows = view.screenRows();
        return rows.subList(1, rows.size());
    }

    private static String text(AnalyticsPage view) {
        return String.join("\n", rows(view).stream().map(r -> String.join(" | ", r)).toList());
    }

    private static List<String> row(AnalyticsPage view, String first) {
        return rows(view).stream().filter(r -> r.getFirst().equals(first)).findFirst().orElseThrow();
    }

    private void chooseMeasure(AnalyticsPage view, String code) {
        view.measure.setValue(view.measure.getGenericDataView().getItems().filter(m -> m.code().equals(code))
                .findFirst().orElseThrow());
    }

    @Test
    void compareGroupsShowsTheThreeStatesAsWordsAndTheGap() {
        CompareView view = open(CompareView.class);
        chooseMeasure(view, "FAIR_01");

        assertThat(row(view, "Asian, Asian British or Asian Welsh")).contains(SUPPRESSED);
        assertThat(row(view, "Mixed or multiple ethnic groups")).contains(NO_RESPONSES);
        assertThat(row(view, "Prefer not to say")).contains(BANDED);
        List<String> black = row(view, "Black, Black British, Black Welsh, Caribbean or African");
        assertThat(black).containsSequence("28", "25%").contains("Significantly lower");
        assertThat(black.get(6)).startsWith("\u221242 points");
        assertThat(view.summary.getText()).contains("2 of 7 groups differ significantly").contains("\u221242 points");
    }

    @Test
    void compareGroupsChartsExactlyTheTableAsStackedBarsWithN() {
        CompareView view = open(CompareView.class);
        chooseMeasure(view, "FAIR_01");
        ChartModel chart = chart(view);
        assertThat(chart.kind()).isEqualTo(ChartModel.Kind.STACKED_BARS);
        assertThat(chart.series()).extracting(ChartModel.Series::name)
                .containsExactly("Favourable", "Neutral", "Unfavourable");
        List<List<String>> table = rows(view);
        assertThat(chart.categories()).hasSize(table.size());
        for (int i = 0; i < table.size(); i++) {
            List<String> row = table.get(i);
            String n = row.get(1);
            assertThat(chart.categories().get(i)).isEqualTo(n.isEmpty() ? row.getFirst() : row.getFirst() + " (n = " + n + ")");
            assertSameFigure(chart.series().get(0).points().get(i), row.get(2), v -> v + "%");
            for (int s = 1; s < 3 && !n.isEmpty(); s++) {
                assertSameFigure(chart.series().get(s).points().get(i), row.get(2 + s), v -> v + "%");
            }
        }
        assertThat(chart.categories()).contains("Black, Black British, Black Welsh, Caribbean or African (n = 28)");
        assertThat(states(chart.series().getFirst())).contains(Figure.State.SUPPRESSED, Figure.State.BANDED,
                Figure.State.NO_RESPONSES, Figure.State.VALUE);
        int banded = table.indexOf(row(view, "Prefer not to say"));
        assertThat(chart.series().getFirst().points().get(banded)).isEqualTo(Figure.banded(
                new org.candour.analytics.statistics.Band(BANDED)));
        int suppressed = table.indexOf(row(view, "Asian, Asian British or Asian Welsh"));
        assertThat(chart.series()).allSatisfy(series ->
                assertThat(series.points().get(suppressed)).isEqualTo(Figure.suppressed(10)));

        chooseMeasure(view, "LEAD_01");
        assertThat(view.chart.model().summary()).isEqualTo(view.shown.summary());
        assertThat(view.getChildren().filter(c -> c == view.chart).count()).isOne();
    }

    @Test
    void compareGroupsSaysWhenAllOtherRespondentsCannotBeWorkedOut() {
        CompareView view = open(CompareView.class);
        chooseMeasure(view, "LEAD_01");
        assertThat(row(view, "All respondents")).contains(BANDED);
        assertThat(row(view, "Black, Black British, Black Welsh, Caribbean or African").get(6)).isEqualTo(
                "All other respondents cannot be worked out from the published figures (" + BANDED + ").");
    }

    @Test
    void theExportedCsvAndXlsxEqualTheTableOnScreenAndAreLogged() throws Exception {
        CompareView view = open(CompareView.class);
        chooseMeasure(view, "FAIR_01");
        // What the screen shows, with the one change every export makes: a cell that could start a spreadsheet
        // formula (here "+39 points ...") carries a leading apostrophe.
        List<List<String>> screen = view.screenRows().stream()
                .map(r -> r.stream().map(AnalyticsExports::neutralised).toList()).toList();
        assertThat(screen).anySatisfy(r -> assertThat(r).anySatisfy(c -> assertThat(c).startsWith("'+")));

        assertThat(parseCsv(new String(view.export("csv"), StandardCharsets.UTF_8))).isEqualTo(screen);

        List<List<String>> sheet = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(view.export("xlsx")))) {
            DataFormatter format = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() >= 3) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                    sheet.add(cells);
                }
            }
        }
        assertThat(sheet).isEqualTo(screen);

        assertThat(SignedIn.as("admin", "ADMIN", () -> transparency.latest(20))).anySatisfy(entry -> {
            assertThat(entry.username()).isEqualTo("analyst.association");
            assertThat(entry.view()).isEqualTo("analytics.export");
            assertThat(entry.parameters()).contains("\"format\": \"xlsx\"").contains("\"view\": \"compare\"")
                    .contains(release.unitName()).contains("FAIR_01");
        });
    }

    @Test
    void openingAViewIsInTheTransparencyLogWithItsParameters() {
        open(HeatmapView.class);
        assertThat(SignedIn.as("admin", "ADMIN", () -> transparency.latest(20))).anySatisfy(entry -> {
            assertThat(entry.username()).isEqualTo("analyst.association");
            assertThat(entry.view()).isEqualTo("analytics.heatmap");
            assertThat(entry.parameters()).contains(release.wave()).contains(release.unitName())
                    .contains("ETHNICITY");
        });
    }

    @Test
    void overviewShowsIndexChangeAndResponseRate() {
        OverviewView view = open(OverviewView.class);
        assertThat(row(view, "Theme index")).isNotNull();
        assertThat(text(view)).contains("Fairness").contains("Largest improvement").contains(NO_RESPONSES);
        assertThat(view.summary.getText()).contains("120 responses").contains("response rate 60%");
        assertThat(view.cards.getChildren().count()).isEqualTo(8);
        // The cards are the overview's picture: no chart repeats them, and the page shows the summary itself.
        assertThat(view.chart).isNull();
        assertThat(view.summary.isVisible()).isTrue();
    }

    @Test
    void heatmapMarksSignificantCellsInWordsAndKeepsStatesApart() {
        HeatmapView view = open(HeatmapView.class);
        List<String> fairness = row(view, "Fairness");
        // A theme one of whose questions is only published as a band has no exact index.
        assertThat(fairness).contains(SUPPRESSED, NO_RESPONSES, "Some questions only shown as a band");
        assertThat(fairness).anySatisfy(cell -> assertThat(cell).endsWith("Significantly lower"));

        ChartModel chart = chart(view);
        assertThat(chart.kind()).isEqualTo(ChartModel.Kind.HEATMAP);
        assertChartIsTheTable(view, chart, cell -> cell.replaceAll(" \u2013 Significantly (lower|higher)$", ""),
                String::valueOf);
        assertThat(states(series(chart, "Fairness"))).contains(Figure.State.SUPPRESSED, Figure.State.BANDED,
                Figure.State.NO_RESPONSES, Figure.State.VALUE);
    }

    @Test
    void experiencesShowTheFunnelWithStates() {
        ExperiencesView view = open(ExperiencesView.class);
        assertThat(row(view, "All respondents")).containsExactly("All respondents", "33% of 120", NO_RESPONSES,
                "38% of 32", NO_RESPONSES);
        assertThat(row(view, "Prefer not to say").get(1)).isEqualTo("90% or more answered \"Never\"");
        assertThat(row(view, "Asian, Asian British or Asian Welsh").get(1)).isEqualTo(SUPPRESSED);

        ChartModel chart = chart(view);
        assertThat(chart.kind()).isEqualTo(ChartModel.Kind.FUNNEL);
        assertChartIsTheTable(view, chart, cell -> cell, v -> v + "%");
        assertThat(series(chart, "All respondents").points().getFirst()).isEqualTo(Figure.value(33.0));
        assertThat(series(chart, "Prefer not to say").points().getFirst())
                .isEqualTo(Figure.banded(new org.candour.analytics.statistics.Band("90% or more answered \"Never\"")));
        assertThat(series(chart, "Asian, Asian British or Asian Welsh").points().getFirst()).isEqualTo(Figure.suppressed(10));
    }

    @Test
    void trendsShowBothWavesWithMinimumDetectableChange() {
        TrendsView view = open(TrendsView.class);
        chooseMeasure(view, "FAIR_01");
        List<List<String>> all = rows(view).stream().filter(r -> r.getFirst().equals("All respondents")).toList();
        assertThat(all).extracting(r -> r.get(1)).containsExactly(release.earlierWave(), release.wave());
        assertThat(all.get(1).get(5)).endsWith("points");
        assertThat(text(view)).contains(SUPPRESSED).contains(NO_RESPONSES).contains(BANDED);

        ChartModel chart = chart(view);
        assertThat(chart.kind()).isEqualTo(ChartModel.Kind.TREND_LINES);
        assertThat(chart.categories()).containsExactly(release.earlierWave(), release.wave());
        assertThat(chart.summary()).contains("minimum detectable change");
        for (List<String> row : rows(view)) {
            int wave = chart.categories().indexOf(row.get(1));
            assertSameFigure(series(chart, row.getFirst()).points().get(wave), row.get(3), v -> v + "%");
            String gapName = "Gap: " + row.getFirst() + " to all other respondents";
            boolean gapLine = chart.series().stream().anyMatch(s -> s.name().equals(gapName));
            if (!row.getFirst().equals("All respondents") && !gapLine) {
                // No gap line: the table has no gap for this group in any wave.
                assertThat(rows(view).stream().filter(r -> r.getFirst().equals(row.getFirst())))
                        .allSatisfy(r -> assertThat(r.get(6)).startsWith("Not"));
            } else if (gapLine) {
                ChartModel.Series gap = series(chart, gapName);
                assertThat(gap.gap()).isTrue();
                if (gap.points().get(wave) instanceof Figure.Value<Double> v) {
                    assertThat(row.get(6)).startsWith(signedPoints(v.value().longValue()));
                } else {
                    assertThat(row.get(6)).startsWith("Not");
                }
            }
        }
        assertThat(chart.series().stream().filter(ChartModel.Series::gap)).isNotEmpty();
        List<Figure.State> drawn = chart.series().stream().flatMap(series -> states(series).stream()).toList();
        assertThat(drawn).contains(Figure.State.SUPPRESSED, Figure.State.BANDED, Figure.State.NO_RESPONSES, Figure.State.VALUE);
    }

    @Test
    void commentsAreSearchableAndAFormulaIsNeutralisedInExports() {
        CommentsView view = open(CommentsView.class);
        assertThat(rows(view)).hasSize(10);
        assertThat(text(view)).contains(PublishedFixture.FORMULA_COMMENT);
        String csv = new String(view.export("csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(").doesNotContain(",\"=HYPERLINK");
        view.search.setValue("postings");
        assertThat(rows(view)).hasSize(9);
        assertThat(view.summary.getText()).contains("9 released comments").contains("postings");
    }

    @Test
    void thePdfReportOfAUnitHoldsEveryViewAndIsLogged() throws Exception {
        OverviewView view = open(OverviewView.class);
        String pdf;
        try (var document = Loader.loadPDF(view.pdfReport())) {
            pdf = new PDFTextStripper().getText(document);
        }
        assertThat(pdf).contains(release.unitName()).contains("Results overview").contains("Compare groups")
                .contains("Heatmap").contains("Experiences of racism").contains("Trends").contains("Comments")
                .contains(SUPPRESSED).contains(BANDED).contains(NO_RESPONSES);
        assertThat(SignedIn.as("admin", "ADMIN", () -> transparency.latest(20))).anySatisfy(entry ->
                assertThat(entry.parameters()).contains("\"format\": \"pdf\""));
    }

    @Test
    void neutralisationPrefixesEveryFormulaStart() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertThat(AnalyticsExports.neutralised(start + "1")).isEqualTo("'" + start + "1");
        }
        assertThat(AnalyticsExports.neutralised("\u221212 points")).isEqualTo("\u221212 points");
    }

    /** RFC 4180 as written by the export: quoted cells, doubled quotes, CRLF; the byte-order mark dropped. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        return rows;
    }
}
