package org.palimpsest.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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
        open("/");
        browser.waiting()
                .until(driver -> !driver.findElement(By.id("whoami")).getText().isEmpty());
        if (browser.driver().findElement(By.id("signout-button")).isDisplayed()) {
            browser.driver().findElement(By.id("signout-button")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("whoami"), "Not signed in"));
        }
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.id("signin-button")))
                .click();
        signInInDialog(user);
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

    void screenshot(String name) {
        browser.screenshot(name);
    }
}
