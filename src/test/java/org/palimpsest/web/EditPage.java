package org.palimpsest.web;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.palimpsest.support.Chromium;

/** The edit page: the form, its save, and the conflict screen a stale overlapping save brings up. */
final class EditPage extends ClientPage {

    EditPage(Chromium browser, String base) {
        super(browser, base);
    }

    EditPage openFor(String id) {
        open("/entries/" + id + "/edit");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-body")));
        return this;
    }

    String body() {
        return browser.driver().findElement(By.id("edit-body")).getAttribute("value");
    }

    EditPage replaceInBody(String old, String now) {
        WebElement body = browser.driver().findElement(By.id("edit-body"));
        String text = body.getAttribute("value");
        if (!text.contains(old)) {
            throw new AssertionError("the body has no '" + old + "': " + text);
        }
        body.clear();
        body.sendKeys(text.replace(old, now));
        return this;
    }

    EditPage summary(String summary) {
        browser.driver().findElement(By.id("edit-summary")).sendKeys(summary);
        return this;
    }

    void save() {
        saveButton().click();
    }

    WebElement saveButton() {
        return browser.driver().findElement(By.id("edit-save"));
    }

    /** Waits for the save button to say it is saving, disabled and marked busy; answers what it says. */
    String savingText() {
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("edit-save"), "aria-busy", "true"));
        WebElement button = saveButton();
        if (button.isEnabled()) {
            throw new AssertionError("a busy save button can still be pressed");
        }
        return button.getText();
    }

    /** Waits for the save to bring up the entry page; fails with what the edit page says if it says anything. */
    EntryPage waitSaved() {
        browser.waiting()
                .until(driver -> !driver.findElements(By.id("entry-title")).isEmpty()
                        || !driver.findElements(By.cssSelector("#edit-message *"))
                                .isEmpty());
        if (browser.driver().findElements(By.id("entry-title")).isEmpty()) {
            throw new AssertionError("not saved: " + text("#edit-message"));
        }
        return new EntryPage(browser, base).waitForArticle();
    }

    String baseNote() {
        return text("#edit-base");
    }

    WebElement conflicts() {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("conflicts")));
    }

    String mine(String field) {
        return browser.driver().findElement(By.id("conflict-mine-" + field)).getAttribute("value");
    }

    String theirs(String field) {
        return browser.driver().findElement(By.id("conflict-theirs-" + field)).getAttribute("value");
    }
}
