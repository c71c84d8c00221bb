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

    void compare(long from, long to) {
        browser.driver().findElement(By.id("from-" + from)).click();
        browser.driver().findElement(By.id("to-" + to)).click();
        browser.driver().findElement(By.id("compare")).click();
    }
}
