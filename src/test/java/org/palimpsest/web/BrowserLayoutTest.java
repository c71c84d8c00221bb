package org.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;

/**
 * Every page of the client in headless Chromium, at 400 pixels wide and at 1280: the page itself never scrolls
 * sideways (a wide table scrolls in its own box), and every control has a name a screen reader can say.
 */
class BrowserLayoutTest extends OneBrowser {

    private static final int NARROW = 400;

    /** A route changes only the hash, so the document (and a dialog left open in it) would live on. */
    @BeforeEach
    void freshDocument() {
        browser.driver().get("about:blank");
    }

    @Test
    void everyPageFitsA400PixelWindowWithoutScrollingSidewaysAndIsScreenshotThere() {
        Map<String, String> pages = pagesOfOneEntry();
        new ClientPage(browser, api.base()).signIn("reviewer");
        SoftAssertions softly = new SoftAssertions();
        try {
            browser.resize(NARROW, 800);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                ClientPage shown = show(page.getValue());
                assertThat(innerWidth()).as("the window is narrow").isLessThanOrEqualTo(NARROW);
                shown.screenshot("narrow-" + page.getKey());
                softly.assertThat(shown.sidewaysOverflow())
                        .as("pixels the %s page scrolls sideways at %d px", page.getKey(), NARROW)
                        .isZero();
                softly.assertThat(shown.unlabelledControls())
                        .as("unnamed controls on the %s page at %d px", page.getKey(), NARROW)
                        .isEmpty();
            }
        } finally {
            browser.resize(1280, 800);
        }
        softly.assertAll();
    }

    @Test
    void everyPageAndTheSignInDialogNameEveryControlForTheReviewerAndForSomeoneSignedOut() {
        Map<String, String> pages = pagesOfOneEntry();
        SoftAssertions softly = new SoftAssertions();
        for (String user : List.of("reviewer", "")) {
            ClientPage client = new ClientPage(browser, api.base());
            if (user.isEmpty()) {
                client.signOut();
            } else {
                client.signIn(user);
            }
            for (Map.Entry<String, String> page : pages.entrySet()) {
                softly.assertThat(show(page.getValue()).unlabelledControls())
                        .as("unnamed controls on the %s page, %s", page.getKey(), user.isEmpty() ? "signed out" : user)
                        .isEmpty();
            }
        }
        ClientPage signedOut = show("/");
        browser.driver().findElement(By.id("signin-button")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-user")));
        softly.assertThat(signedOut.unlabelledControls())
                .as("unnamed controls in the sign-in dialog")
                .isEmpty();
        softly.assertAll();
    }

    private static ClientPage show(String route) {
        ClientPage page = new ClientPage(browser, api.base());
        page.open(route);
        page.waitUntilNotBusy();
        return page;
    }

    private static long innerWidth() {
        return (Long) browser.driver().executeScript("return window.innerWidth");
    }

    /** An entry with every field filled in and a second revision, and the route of each page that shows it. */
    private static Map<String, String> pagesOfOneEntry() {
        Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of(
                        "title",
                        "Battle of the Ch'ongch'on River and the retreat from the Yalu",
                        "timeline",
                        "Korean War: the Chinese intervention",
                        "date",
                        "1950 Nov 25 - 1950 Dec 2",
                        "location",
                        Map.of("name", "Ch'ongch'on River valley", "lat", 39.6, "lon", 125.6),
                        "image",
                        Map.of(
                                "url", "https://example.org/images/chongchon-river-retreat-november-1950.png",
                                "caption", "The Eighth Army's retreat",
                                "attribution", "US Army Center of Military History"),
                        "body",
                        "The Eighth Army advanced towards the Yalu.\n\n"
                                + "Chinese forces attacked on 25 November along the whole front.\n\n"
                                + "See https://example.org/a/very/long/address/without/any/place/to/break/it/at/all",
                        "sources",
                        List.of(Map.of(
                                "text", "Appleman, Disaster in Korea",
                                "url", "https://example.org/sources/appleman-disaster-in-korea-1989-texas-am")))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asText();
        Response revised = api.put(
                "/api/entries/" + id,
                "editor2",
                Api.json(
                        Map.of(
                                "baseRevision",
                                1,
                                "summary",
                                "the attack first, and the date of the withdrawal",
                                "changes",
                                Map.of(
                                        "date",
                                        "1950 Nov 25 - 1950 Dec 3",
                                        "body",
                                        "Chinese forces attacked on 25 November along the whole front, in great strength.\n\n"
                                                + "The Eighth Army advanced towards the Yalu.\n\n"
                                                + "See https://example.org/a/very/long/address/without/any/place/to/break/it/at/all"))));
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("timelines", "/");
        pages.put("entry", "/entries/" + id);
        pages.put("edit", "/entries/" + id + "/edit");
        pages.put("history", "/entries/" + id + "/history");
        pages.put("diff-side", "/entries/" + id + "/diff?from=1&to=2&view=side");
        pages.put("diff-inline", "/entries/" + id + "/diff?from=1&to=2&view=inline");
        pages.put("blame", "/entries/" + id + "/blame");
        pages.put("recent", "/recent");
        return pages;
    }
}
