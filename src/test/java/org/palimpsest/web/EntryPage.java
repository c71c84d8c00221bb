package org.palimpsest.web;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.palimpsest.support.Chromium;

/** The entry page: the article as readers see it. */
final class EntryPage extends ClientPage {

    EntryPage(Chromium browser, String base) {
        super(browser, base);
    }

    EntryPage openFor(String id) {
        open("/entries/" + id);
        return waitForArticle();
    }

    EntryPage waitForArticle() {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("entry-title")));
        return this;
    }

    String heading() {
        return text("#entry-title");
    }

    String body() {
        return text("article .body");
    }

    String revisionLine() {
        return text("#entry-revision");
    }
}
