package org.candour.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ECharts, built into the frontend bundle from npm, draws every kind of chart in a real browser (the page is a
 * test-only route, org.candour.analytics.ui.chart.ChartTestView), and axe finds no WCAG A/AA violation.
 */
class ChartBrowserTest extends BrowserTest {

    @Test
    void everyKindOfChartIsDrawnWithItsStatesAndPassesAxe() throws Exception {
        browser.get(url("/test/charts"));

        wait.until(d -> d.findElements(By.cssSelector("candour-chart .candour-chart-plot svg")).size() == 4);
        List<WebElement> plots = browser.findElements(By.cssSelector("candour-chart .candour-chart-plot"));
        // For a person to look at: target/chart-browser-test-N.png, one per chart.
        for (int i = 0; i < plots.size(); i++) {
            Files.write(Path.of("target", "chart-browser-test-" + (i + 1) + ".png"),
                    plots.get(i).getScreenshotAs(OutputType.BYTES));
        }

        // The states are drawn as labelled placeholders inside the SVG, and the summaries are visible text.
        String drawn = String.valueOf(browser.executeScript("return document.querySelector('main').textContent"));
        assertThat(drawn).contains("Fewer than 10 responses", "No responses", "Favourable: 90% or more", "62%",
                "-14 points", "Of Black officers who experienced racism, fewer than half reported it.");

        // Each plot is named by ECharts' aria label (the chart's title) and described by the visible summary.
        for (WebElement plot : plots) {
            assertThat(plot.getAttribute("aria-label")).isNotBlank();
            String summaryId = plot.getAttribute("aria-describedby");
            assertThat(browser.findElement(By.id(summaryId)).isDisplayed()).isTrue();
        }
        assertThat(plots.getFirst().getAttribute("aria-label")).contains("Fair promotion decisions by ethnicity");

        assertThat(Axe.violations(browser)).isEmpty();
    }
}
