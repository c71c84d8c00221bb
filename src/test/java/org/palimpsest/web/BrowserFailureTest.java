package org.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;

/** A failed request or a refused one shows a message a person reads and a way on, never a blank page or raw JSON. */
class BrowserFailureTest extends OneBrowser {

    @AfterEach
    void backOnline() {
        browser.normalNetwork();
    }

    @Test
    void aPageOpenedWhileTheLineIsDownSaysSoOffersARetryAndShowsThePageOnceItIsBack() {
        String id = create("Battle of Wonju");
        ClientPage timelines = new ClientPage(browser, api.base());
        timelines.open("/");

        browser.offline();
        browser.driver().executeScript("location.hash = arguments[0]", "#/entries/" + id + "/history");
        WebElement alert =
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .error")));
        assertThat(alert.getText()).contains("Cannot reach the server").doesNotContain("{");
        WebElement retry = alert.findElement(By.xpath(".//button[normalize-space() = 'Retry']"));
        timelines.screenshot("failure-offline");

        browser.normalNetwork();
        retry.click();
        HistoryPage history = new HistoryPage(browser, api.base());
        history.waitLoaded();
        assertThat(history.text("main h1")).isEqualTo("History: Battle of Wonju");
        assertThat(history.all("main .error")).isEmpty();
    }

    @Test
    void anEntryThatDoesNotExistAndARevisionItHasNotAreToldInWordsWithAWayOn() {
        String id = create("Battle of Hoengsong");
        ClientPage page = new ClientPage(browser, api.base());

        page.open("/entries/no-such-entry");
        String missing = page.text("main .error");
        assertThat(missing).contains("no-such-entry").doesNotContain("{").doesNotContain("Exception");

        page.open("/entries/" + id + "/diff?from=1&to=9");
        String noRevision = page.text("main .error");
        assertThat(noRevision).contains("9").doesNotContain("{").doesNotContain("Exception");
        assertThat(page.all("main .error button"))
                .extracting(WebElement::getText)
                .contains("Retry");
    }

    private static String create(String title) {
        Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of("title", title, "timeline", "Korean War", "date", "1951 Feb 13", "body", "It began.")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asText();
    }
}
