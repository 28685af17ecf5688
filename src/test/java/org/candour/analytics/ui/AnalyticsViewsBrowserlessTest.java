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
 * screen, a summary sentence and a chart place are there, exports equal the screen, and viewing and exporting are
 * in the transparency log.
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
        assertThat(view.chart.getId()).contains("chart");
        assertThat(view.summary.getText()).isNotBlank();
        return view;
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
    }

    @Test
    void heatmapMarksSignificantCellsInWordsAndKeepsStatesApart() {
        HeatmapView view = open(HeatmapView.class);
        List<String> fairness = row(view, "Fairness");
        // A theme one of whose questions is only published as a band has no exact index.
        assertThat(fairness).contains(SUPPRESSED, NO_RESPONSES, "Some questions only shown as a band");
        assertThat(fairness).anySatisfy(cell -> assertThat(cell).endsWith("Significantly lower"));
    }

    @Test
    void experiencesShowTheFunnelWithStates() {
        ExperiencesView view = open(ExperiencesView.class);
        assertThat(row(view, "All respondents")).containsExactly("All respondents", "33% of 120", NO_RESPONSES,
                "38% of 32", NO_RESPONSES);
        assertThat(row(view, "Prefer not to say").get(1)).isEqualTo("90% or more answered \"Never\"");
        assertThat(row(view, "Asian, Asian British or Asian Welsh").get(1)).isEqualTo(SUPPRESSED);
    }

    @Test
    void trendsShowBothWavesWithMinimumDetectableChange() {
        TrendsView view = open(TrendsView.class);
        chooseMeasure(view, "FAIR_01");
        List<List<String>> all = rows(view).stream().filter(r -> r.getFirst().equals("All respondents")).toList();
        assertThat(all).extracting(r -> r.get(1)).containsExactly(release.earlierWave(), release.wave());
        assertThat(all.get(1).get(5)).endsWith("points");
        assertThat(text(view)).contains(SUPPRESSED).contains(NO_RESPONSES).contains(BANDED);
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
