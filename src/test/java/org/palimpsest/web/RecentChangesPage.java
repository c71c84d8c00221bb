package org.palimpsest.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.palimpsest.support.Chromium;

/** The recent changes page: its filters, and its list that live changes join at the top. */
final class RecentChangesPage extends ClientPage {

    /** One row of the list as a person reads it. */
    record Row(String title, String kind, String author, String summary) {}

    RecentChangesPage(Chromium browser, String base) {
        super(browser, base);
    }

    RecentChangesPage openAll() {
        open("/recent");
        return waitLive();
    }

    /** Waits until the list is shown and the live stream is open, so a change from now on reaches it. */
    RecentChangesPage waitLive() {
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("recent-status"), "data-state", "connected"));
        return this;
    }

    /** Fills in the filters (null leaves one empty), sends them with the Filter button, waits for the new list. */
    RecentChangesPage filter(String author, String timeline, String kind) {
        type("recent-author", author);
        type("recent-timeline", timeline);
        new Select(browser.driver().findElement(By.id("recent-kind"))).selectByValue(kind == null ? "" : kind);
        return whileReplaced(() -> browser.driver()
                .findElement(By.cssSelector("form.filters button[type=submit]"))
                .click());
    }

    /** Runs what replaces the page (a filter sent from the keyboard, say) and waits for the new list. */
    RecentChangesPage whileReplaced(Runnable action) {
        WebElement old = browser.driver().findElement(By.cssSelector("ol.recent"));
        action.run();
        browser.waiting().until(ExpectedConditions.stalenessOf(old));
        waitLoaded();
        return waitLive();
    }

    String filterValue(String name) {
        return browser.driver().findElement(By.id("recent-" + name)).getAttribute("value");
    }

    List<Row> rows() {
        return all("ol.recent li").stream()
                .map(item -> new Row(
                        item.findElement(By.tagName("a")).getText(),
                        item.findElement(By.cssSelector(".kind")).getText(),
                        item.findElement(By.cssSelector(".author")).getText(),
                        item.findElements(By.cssSelector(".summary")).stream()
                                .map(WebElement::getText)
                                .findFirst()
                                .orElse("")))
                .toList();
    }

    /** Waits for a row of this title and summary to be listed, without a reload; answers it. */
    Row waitForRow(String title, String summary) {
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> rows().stream()
                        .anyMatch(row ->
                                row.title().equals(title) && row.summary().equals(summary)));
        return rows().stream()
                .filter(row -> row.title().equals(title) && row.summary().equals(summary))
                .findFirst()
                .orElseThrow();
    }

    private void type(String field, String value) {
        WebElement input = browser.driver().findElement(By.id(field));
        input.clear();
        if (value != null) {
            input.sendKeys(value);
        }
    }
}
