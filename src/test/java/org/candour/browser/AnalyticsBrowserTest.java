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
 * A real browser: an association analyst opens Compare groups on a released wave, sees the table with the three
 * states in words, the summary and the place of the chart, and axe-core finds no WCAG A/AA violation.
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
        assertThat(browser.findElement(By.id("summary")).getText()).contains("groups");
        assertThat(browser.findElements(By.id("chart"))).hasSize(1);
        assertThat(browser.getTitle()).isEqualTo("Compare groups – Candour");
        Path screenshot = Path.of("target", "analytics-compare.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));

        assertThat(Axe.violations(browser)).isEmpty();
    }
}
