package org.candour.browser;

import org.openqa.selenium.chrome.ChromeDriver;

/** Gives benchmarks (in another package) the same headless Chromium the browser tests use. */
public final class BrowserForBenchmarks {

    private BrowserForBenchmarks() {
    }

    public static ChromeDriver start() {
        return HeadlessChromium.start();
    }
}
