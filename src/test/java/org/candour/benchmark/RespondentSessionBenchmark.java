package org.candour.benchmark;

import org.candour.browser.BrowserForBenchmarks;
import org.candour.fieldwork.OpenWaveFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Retained heap per active respondent session, measured on the real server: a real browser opens many
 * separate sessions (cookies cleared between them), each entering a code and walking to the fifth step of
 * the survey; the server keeps them all. Vaadin's development-only component tracker is switched off so
 * that the figure is what production holds.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.componentTracker.enabled=false")
@ActiveProfiles("test")
class RespondentSessionBenchmark {

    static {
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    private static final int SESSIONS = 40;
    private static final int STEPS = 5;

    @LocalServerPort
    int port;
    @Autowired
    OpenWaveFixture fixture;

    @Test
    void measure() {
        OpenWaveFixture.OpenWave wave = fixture.openWaveWithCodes(SESSIONS);
        ChromeDriver browser = BrowserForBenchmarks.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            // Warm up one session so that class loading and caches are not counted.
            openStartPage(browser, wait);

            long idleBefore = settledHeap();
            for (int i = 0; i < SESSIONS; i++) {
                openStartPage(browser, wait);
            }
            long idleAfter = settledHeap();

            long before = settledHeap();
            for (String code : wave.codes()) {
                openStartPage(browser, wait);
                browser.findElement(By.cssSelector("#access-code input")).sendKeys(code);
                browser.findElement(By.id("start-survey")).click();
                for (int step = 1; step < STEPS; step++) {
                    String label = "Step " + step + " of";
                    wait.until(d -> d.findElement(By.id("survey-progress-label")).getText().startsWith(label));
                    browser.findElement(By.id("survey-next")).click();
                }
                String last = "Step " + STEPS + " of";
                wait.until(d -> d.findElement(By.id("survey-progress-label")).getText().startsWith(last));
            }
            long after = settledHeap();

            new BenchmarkReport("respondent-sessions")
                    .put("sessions", SESSIONS)
                    .put("steps walked per session", STEPS)
                    .put("idle start-page session KB", Math.round((idleAfter - idleBefore) / 1024.0 / SESSIONS))
                    .put("retained heap per survey session KB", Math.round((after - before) / 1024.0 / SESSIONS))
                    .put("target retained heap per UI session KB", "<= 250")
                    .publish();
        } finally {
            browser.quit();
        }
    }

    /** A new server session: cookies cleared, so the server cannot tie it to the previous one. */
    private void openStartPage(ChromeDriver browser, WebDriverWait wait) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#access-code input")));
    }

    private static long settledHeap() {
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
