package org.candour.browser;

import com.vaadin.base.devserver.DevBundleBuildingHandler;
import com.vaadin.flow.internal.DevModeHandlerManager;
import com.vaadin.flow.server.VaadinServletContext;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

/** Base for the few real-browser tests: the application on a random port and a fresh headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ServletContext servletContext;
    ChromeDriver browser;
    WebDriverWait wait;

    /**
     * On a fresh clone (or after a frontend change) Vaadin builds the frontend bundle with Node in the background
     * when the application starts, and pages show a "building" screen until then, however long the machine
     * takes: wait for it here, so no browser test waits against it.
     */
    @BeforeEach
    void waitForTheFrontendBundle() {
        DevModeHandlerManager.getDevModeHandler(new VaadinServletContext(servletContext))
                .filter(DevBundleBuildingHandler.class::isInstance)
                .ifPresent(handler -> ((DevBundleBuildingHandler) handler).waitForDevBundle());
    }

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        // Vaadin re-renders parts of the page: an element read a moment ago may be replaced; look again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
