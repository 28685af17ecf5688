package org.candour.browser;

import org.candour.analytics.PublishedFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser: an association analyst opens Compare groups on a released wave, sees the chart drawn by ECharts
 * (SVG inside candour-chart) with its summary and the table with the three states in words; axe-core finds no
 * WCAG A/AA violation there, nor on Trends and Heatmap.
 */
class AnalyticsBrowserTest extends BrowserTest {

    @Autowired
    PublishedFixture fixture;

    @Test
    void anAssociationAnalystComparesGroups() throws Exception {
        fixture.createForTheForce();
        browser.get(url("/login"));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys("analyst.association");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("candour-demo-2026", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff-home-welcome")));

        browser.get(url("/staff/analytics/compare"));
        wait.until(d -> d.findElements(By.xpath("//table[@id='table']//td[text()='Fewer than 10 responses']")).size() > 0);
        assertThat(browser.findElements(By.xpath("//table[@id='table']//td[text()='No responses']"))).isNotEmpty();
        WebElement plot = chartDrawn();
        // The chart shows the table's states as labelled placeholders, and the summary as visible text.
        assertThat(String.valueOf(browser.executeScript("return arguments[0].textContent", plot)))
                .contains("Fewer than 10 responses").contains("No responses");
        WebElement summary = browser.findElement(By.cssSelector("#chart .candour-chart-summary"));
        assertThat(summary.getText()).contains("groups");
        assertThat(plot.getAttribute("aria-describedby")).isEqualTo(summary.getAttribute("id"));
        assertThat(browser.getTitle()).isEqualTo("Compare groups – Candour");
        Path screenshot = Path.of("target", "analytics-compare.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Axe.violations(browser)).isEmpty();

        for (String view : new String[] {"trends", "heatmap"}) {
            browser.get(url("/staff/analytics/" + view));
            wait.until(d -> !d.findElements(By.xpath("//table[@id='table']//td")).isEmpty());
            chartDrawn();
            Files.write(Path.of("target", "analytics-" + view + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            assertThat(Axe.violations(browser)).as(view).isEmpty();
        }
    }

    /** Waits for ECharts to have drawn the page's chart (SVG inside candour-chart) and returns the plot. */
    private WebElement chartDrawn() {
        wait.until(d -> !d.findElements(By.cssSelector("#chart candour-chart .candour-chart-plot svg")).isEmpty());
        return browser.findElement(By.cssSelector("#chart candour-chart .candour-chart-plot"));
    }
}
