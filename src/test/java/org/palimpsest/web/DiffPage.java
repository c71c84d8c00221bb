package org.palimpsest.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.palimpsest.support.Chromium;

/** The diff page, side by side or inline. */
final class DiffPage extends ClientPage {

    DiffPage(Chromium browser, String base) {
        super(browser, base);
    }

    DiffPage openFor(String id, long from, long to, String view) {
        open("/entries/" + id + "/diff?from=" + from + "&to=" + to + "&view=" + view);
        waitForFields();
        return this;
    }

    DiffPage waitForFields() {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-diff")));
        return this;
    }

    List<String> moveLabels() {
        return all(".moved-label").stream()
                .map(WebElement::getText)
                .filter(text -> text.startsWith("Moved"))
                .toList();
    }

    List<WebElement> moved() {
        return all(".diff-moved");
    }

    String fieldText(String field) {
        return browser.driver()
                .findElement(By.cssSelector(".field-diff[data-field='" + field + "']"))
                .getText();
    }

    /** The parts of a value field's change as the page spells them out, "part: before → after" each. */
    List<String> valueChanges(String field) {
        return all(".field-diff[data-field='" + field + "'] .value-change li").stream()
                .map(WebElement::getText)
                .toList();
    }
}
