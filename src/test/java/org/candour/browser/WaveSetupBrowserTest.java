package org.candour.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: an administrator sets up a small wave step by step in the wizard (choosing the
 * custodians), the staff association approves the anonymity settings, and the administrator opens the wave
 * from the wizard's review page.
 */
class WaveSetupBrowserTest extends BrowserTest {


    @Test
    void anAdministratorSetsUpAWaveTheAssociationApprovesAndTheWaveOpens() {
        String name = "Browser wave " + UUID.randomUUID().toString().substring(0, 8);
        signIn("admin");
        browser.get(url("/staff/waves"));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("wave-new"))));

        // Step 1: questionnaire and dates (the default questionnaire is preselected).
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#wave-name input"))).sendKeys(name, Keys.TAB);
        next(2);
        // Step 2: k stays at its default; step 3: the default breakdowns.
        assertThat(browser.findElement(By.cssSelector("#wave-k input")).getAttribute("value")).isEqualTo("10");
        next(3);
        next(4);
        // Step 4: custodians.
        WebElement custodians = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#wave-custodians input")));
        for (String custodian : new String[] {"custodian.force", "custodian.association"}) {
            custodians.sendKeys(custodian);
            wait.until(d -> !d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).isEmpty());
            custodians.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            custodians.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        }
        custodians.sendKeys(Keys.ESCAPE);
        next(5);
        // Step 5: headcounts and codes (none created here); step 6: the review.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("wave-headcounts")));
        next(6);
        wait.until(d -> d.findElement(By.id("review-custodians")).getText()
                .contains("custodian.association, custodian.force"));
        assertThat(browser.findElement(By.id("wizard-approval")).getText()).startsWith("Awaiting approval");

        signIn("custodian.association");
        browser.get(url("/staff/approvals"));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[aria-label='Approve these settings: " + name + "']"))).click();
        wait.until(d -> d.getPageSource().contains("Anonymity settings approved by custodian.association"));

        signIn("admin");
        browser.get(url("/staff/waves"));
        selectRow(name);
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("wave-setup"))));
        wait.until(d -> d.findElement(By.id("wizard-approval")).getText()
                .equals("Anonymity settings approved by custodian.association."));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("wave-open"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard-locked")));

        browser.get(url("/staff/waves"));
        wait.until(d -> rowText(name).contains("Open"));
        assertThat(rowText(name)).contains("Open").contains("custodian.force");
    }

    /** Saves the wizard's step and waits for the next one. */
    private void next(int expectedStep) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("wizard-next"))));
        wait.until(d -> d.findElement(By.id("wizard-step-title")).getText().startsWith("Step " + expectedStep + " of"));
    }

    /** Clicks through Vaadin's overlays (e.g. a closing combo-box popup) the way a user's tap would land. */
    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        WebElement password = browser.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys("candour-demo-2026", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff-home-welcome")));
    }

    private void selectRow(String name) {
        wait.until(d -> d.findElements(By.xpath("//vaadin-grid-cell-content[text()='" + name + "']")).size() > 0);
        browser.findElement(By.xpath("//vaadin-grid-cell-content[text()='" + name + "']")).click();
    }

    /** The texts of the grid cells in the row of the named wave (Vaadin renders cells in light DOM). */
    private String rowText(String name) {
        Object text = browser.executeScript("""
                const cells = [...document.querySelectorAll('vaadin-grid-cell-content')];
                const first = cells.findIndex(c => c.textContent === arguments[0]);
                return first < 0 ? '' : cells.slice(first, first + 6).map(c => c.textContent).join(' | ');""", name);
        return String.valueOf(text);
    }
}
