package org.palimpsest.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.palimpsest.support.Chromium;

/** What every page of the client has: its header (who is signed in), its notice, and a way to open a route. */
class ClientPage {

    final Chromium browser;
    final String base;

    ClientPage(Chromium browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    void open(String route) {
        browser.driver().get(base + "/#" + route);
        waitLoaded();
    }

    void waitLoaded() {
        browser.waiting()
                .until(driver ->
                        driver.findElements(By.cssSelector("main .loading")).isEmpty()
                                && !driver.findElements(By.cssSelector("main .page > *"))
                                        .isEmpty());
    }

    void signIn(String user) {
        signOut();
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.id("signin-button")))
                .click();
        signInInDialog(user);
    }

    /** Opens the timelines and signs out whoever is signed in there. */
    void signOut() {
        open("/");
        browser.waiting()
                .until(driver -> !driver.findElement(By.id("whoami")).getText().isEmpty());
        if (browser.driver().findElement(By.id("signout-button")).isDisplayed()) {
            browser.driver().findElement(By.id("signout-button")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("whoami"), "Not signed in"));
        }
    }

    /** Fills in the sign-in dialog, wherever it was opened from. */
    void signInInDialog(String user) {
        WebElement name = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-user")));
        name.sendKeys(user);
        browser.driver().findElement(By.id("signin-password")).sendKeys(user);
        browser.driver().findElement(By.id("signin-submit")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog.signin")));
        browser.waiting().until(ExpectedConditions.textToBe(By.id("whoami"), signedInText(user)));
    }

    private static String signedInText(String user) {
        String role = user.startsWith("editor") ? "editor" : user;
        return "Signed in as " + user + " (" + role + ")";
    }

    String title() {
        return browser.driver().getTitle();
    }

    String notice() {
        return browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#notice .notice")))
                .getText();
    }

    String text(String css) {
        return browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)))
                .getText();
    }

    List<WebElement> all(String css) {
        return browser.driver().findElements(By.cssSelector(css));
    }

    /**
     * The controls anywhere in the document (header, page, an open dialog) without a name of words a reader sees or
     * a screen reader says (text, label, aria-label): a title alone, a tooltip, does not count. As HTML.
     */
    @SuppressWarnings("unchecked")
    List<String> unlabelledControls() {
        List<String> unnamed = (List<String>) browser.driver().executeScript("""
                        const text = (value) => String(value || '').trim();
                        const named = (el) => text(el.getAttribute('aria-label'))
                            || text((el.getAttribute('aria-labelledby') || '').split(' ')
                                .map((id) => document.getElementById(id)?.textContent || '').join(''))
                            || text([...(el.labels || [])].map((label) => label.textContent).join(''))
                            || text(el.tagName === 'INPUT' ? el.type === 'submit' && el.value : el.textContent);
                        const controls = [...document.querySelectorAll(
                                'a, button, input, select, textarea')];
                        return controls.length === 0 ? null : controls
                            .filter((el) => !named(el))
                            .map((el) => el.outerHTML.slice(0, 160));
                        """);
        if (unnamed == null) {
            throw new AssertionError("no control on the page to check");
        }
        return unnamed;
    }

    /** Presses a key as the keyboard would, on whatever has the focus. */
    void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Tabs forward (at most 100 times) until the focus is on an element matching css; fails if it never is. */
    void tabTo(String css) {
        for (int i = 0; i < 100; i++) {
            if ((Boolean) browser.driver().executeScript("return document.activeElement.matches(arguments[0])", css)) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("the keyboard never reached " + css);
    }

    /** The id of the element that has the focus. */
    String focused() {
        return (String) browser.driver().executeScript("return document.activeElement.id");
    }

    /** What the main region says it waits for, once it is marked busy. */
    String waitingFor() {
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("app"), "aria-busy", "true"));
        return text("main .loading");
    }

    /** Waits until the main region is no longer busy and says it waits for nothing. */
    void waitUntilNotBusy() {
        browser.waiting()
                .until(driver -> driver.findElement(By.id("app")).getAttribute("aria-busy") == null
                        && driver.findElements(By.cssSelector("main .loading")).isEmpty());
    }

    /** How much wider the page is than the window: 0 when it does not scroll sideways. */
    long sidewaysOverflow() {
        return (Long) browser.driver()
                .executeScript("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");
    }

    void screenshot(String name) {
        browser.screenshot(name);
    }
}
