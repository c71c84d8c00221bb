package org.palimpsest.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.palimpsest.support.Chromium;

/** The history page: a row per revision, compare, and the reviewer's buttons. */
final class HistoryPage extends ClientPage {

    HistoryPage(Chromium browser, String base) {
        super(browser, base);
    }

    HistoryPage openFor(String id) {
        open("/entries/" + id + "/history");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.history")));
        return this;
    }

    List<String> authors() {
        return all("table.history tbody .author").stream()
                .map(WebElement::getText)
                .toList();
    }

    List<String> kinds() {
        return all("table.history tbody .kind").stream()
                .map(WebElement::getText)
                .toList();
    }

    List<WebElement> undoButtons() {
        return all("button.undo");
    }

    void undo(long revision) {
        browser.driver()
                .findElement(By.cssSelector("button.undo[data-revision='" + revision + "']"))
                .click();
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes")))
                .click();
    }

    List<String> summaries() {
        return all("table.history tbody .summary").stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The whole text of the row of one revision. */
    String row(long revision) {
        return browser.driver()
                .findElement(By.cssSelector("table.history tbody tr[data-revision='" + revision + "']"))
                .getText();
    }

    boolean markedReverted(long revision) {
        return browser.driver()
                .findElement(By.cssSelector("table.history tbody tr[data-revision='" + revision + "']"))
                .getAttribute("class")
                .contains("reverted");
    }

    /** Every reviewer's button on the page, whatever it does. */
    List<WebElement> reviewerButtons() {
        return all("button.undo, button.restore, button.rollback, button.rollback-everywhere");
    }

    void restore(long revision) {
        click("button.restore[data-revision='" + revision + "']");
        confirm();
    }

    void rollBack(String author) {
        click("button.rollback[data-author='" + author + "']");
        confirm();
    }

    /** Asks to roll the author back everywhere and leaves the confirmation open; returns its question. */
    String askToRollBackEverywhere(String author) {
        click("button.rollback-everywhere[data-author='" + author + "']");
        return browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-question")))
                .getText();
    }

    void confirm() {
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes")))
                .click();
    }

    void cancel() {
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.id("confirm-no")))
                .click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog.confirm")));
    }

    /** Waits for the newest row to be of this kind: the history has been read again after a review action. */
    HistoryPage waitForNewest(String kind) {
        browser.waiting()
                .until(ExpectedConditions.textToBe(By.cssSelector("table.history tbody tr:first-child .kind"), kind));
        return this;
    }

    private void click(String css) {
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)))
                .click();
    }

    void compare(long from, long to) {
        browser.driver().findElement(By.id("from-" + from)).click();
        browser.driver().findElement(By.id("to-" + to)).click();
        browser.driver().findElement(By.id("compare")).click();
    }
}
