package org.candour.browser;

import org.candour.fieldwork.OpenWaveFixture;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.db.Tables.BALLOT;

/**
 * A respondent on a 360 px wide phone completes a whole survey in a real browser; every respondent page
 * passes the axe-core WCAG A/AA rules.
 */
class RespondentSurveyBrowserTest extends BrowserTest {

    @Autowired
    OpenWaveFixture fixture;
    @Autowired
    DSLContext dsl;

    @Test
    void aRespondentCompletesTheSurveyOnAPhoneAndEveryPageIsAccessible() {
        browser.manage().window().setSize(new Dimension(360, 740));
        OpenWaveFixture.OpenWave wave = fixture.openWaveWithCodes(1);
        List<String> problems = new ArrayList<>();

        browser.get("http://localhost:" + port + "/");
        WebElement codeInput = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#access-code input")));
        check(problems, "start page");
        codeInput.sendKeys(wave.codes().getFirst().toLowerCase());
        browser.findElement(By.id("start-survey")).click();

        String progress = waitForNewStep("");
        check(problems, "first section");
        // Answer the first question of the first section with the keyboard-reachable radio input.
        WebElement radio = browser.findElement(By.cssSelector("vaadin-radio-group vaadin-radio-button input"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", radio);
        radio.click();

        boolean profileChecked = false;
        while (browser.findElements(By.id("survey-submit")).isEmpty()) {
            browser.findElement(By.id("survey-next")).click();
            progress = waitForNewStep(progress);
            String title = wait.until(driver -> driver.findElement(By.id("survey-step-title")).getText());
            if (title.startsWith("About you") && !profileChecked) {
                check(problems, "profile");
                profileChecked = true;
            }
        }
        check(problems, "review");
        browser.findElement(By.id("survey-submit")).click();

        WebElement outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-outcome")));
        assertThat(outcome.getText()).isEqualTo("Your response is recorded.");
        check(problems, "confirmation");

        assertThat(profileChecked).isTrue();
        assertThat(problems).as("axe-core WCAG A/AA violations").isEmpty();
        assertThat(dsl.fetchCount(BALLOT, BALLOT.WAVE_ID.eq(wave.waveId()))).isEqualTo(1);
        // Nothing about the survey state travels in the address.
        assertThat(browser.getCurrentUrl()).endsWith("/survey");
    }

    /** The accessibility check must be able to fail: a page with an unlabelled field and image is caught. */
    @Test
    void theAccessibilityCheckCatchesABrokenPage() {
        browser.get("data:text/html,<html><body><img src='x.png'><input type='text'></body></html>");
        assertThat(Axe.violations(browser)).contains("image-alt").contains("label").doesNotContain("axe failed");
    }

    private String waitForNewStep(String previous) {
        wait.until(driver -> {
            var labels = driver.findElements(By.id("survey-progress-label"));
            return !labels.isEmpty() && !labels.getFirst().getText().equals(previous);
        });
        return wait.until(driver -> driver.findElement(By.id("survey-progress-label")).getText());
    }

    private void check(List<String> problems, String page) {
        String violations = Axe.violations(browser);
        if (!violations.isBlank()) {
            problems.add(page + ": " + violations);
        }
    }
}
