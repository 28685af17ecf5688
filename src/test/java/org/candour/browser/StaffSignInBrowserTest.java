package org.candour.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.assertj.core.api.Assertions.assertThat;

/** A real browser signs in as a demo administrator and reaches the staff home page. */
class StaffSignInBrowserTest extends BrowserTest {


    @Test
    void aDemoAdministratorSignsInAndSeesTheStaffHomePage() {
        browser.get("http://localhost:" + port + "/staff");

        // Vaadin's login form renders its inputs inside web components; wait until they are there.
        WebElement username = wait.until(d -> inputNamed("username"));
        username.sendKeys("admin");
        WebElement password = inputNamed("password");
        password.sendKeys("candour-demo-2026");
        password.sendKeys(org.openqa.selenium.Keys.ENTER);

        WebElement welcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff-home-welcome")));
        assertThat(welcome.getText()).isEqualTo("Welcome, Alex Administrator");
        assertThat(java.net.URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/staff");
        assertThat(browser.getTitle()).isEqualTo("Home – Candour");
    }

    /** Finds an input by name, looking into open shadow roots too. */
    private WebElement inputNamed(String name) {
        Object found = ((JavascriptExecutor) browser).executeScript("""
                const find = (root) => {
                  const direct = root.querySelector('input[name="' + arguments[0] + '"]');
                  if (direct) return direct;
                  for (const element of root.querySelectorAll('*')) {
                    if (element.shadowRoot) { const inner = find(element.shadowRoot); if (inner) return inner; }
                  }
                  return null;
                };
                return find(document);""", name);
        return (WebElement) found;
    }
}
