package org.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.Chromium;

/** The browser client's live side in headless Chromium against the real /ws: banner, presence, recent, blame. */
class BrowserLiveTest extends TwoBrowsers {

    @Test
    void anEditorSeesWhoElseEditsTheBodyAndABannerWithWhatChangedWhenTheOtherSaves() {
        String id = create("Battle of Pork Chop Hill", "Korean War", "The outpost was held in April.");
        new ClientPage(first, api.base()).signIn("editor1");
        new ClientPage(second, api.base()).signIn("editor2");
        EntryPage reader = new EntryPage(second, api.base()).openFor(id);
        live(reader);
        EditPage editor1 = new EditPage(first, api.base()).openFor(id);
        live(editor1);
        first.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("presence"), "editor2 viewing"));

        EditPage editor2 = new EditPage(second, api.base()).openFor(id);
        live(editor2);
        second.driver().findElement(By.id("edit-body")).click();
        first.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("presence"), "editor2 editing body"));
        assertThat(editor1.text("#presence")).isEqualTo("Also here: editor2 editing body");
        editor1.screenshot("live-presence");

        editor1.replaceInBody("in April", "in April and July").summary("second battle");
        editor1.save();
        new EntryPage(first, api.base()).waitForArticle();

        String banner = editor2.text("#live-banner");
        assertThat(banner).contains("editor1 saved revision 2").contains("body").contains("second battle");
        assertThat(editor2.baseNote())
                .as("the base stays what editor2 began from")
                .isEqualTo("Editing revision 1");
        editor2.screenshot("live-banner");

        HistoryPage history = new HistoryPage(second, api.base()).openFor(id);
        assertThat(history.authors()).containsExactly("editor1", "editor1");
        assertThat(history.all("table.history tbody tr").get(0).getText()).contains("second battle");
    }

    /**
     * Keeps the page's WebSockets at hand ({@code window.liveSockets}), and while {@code window.liveBlocked} points
     * new ones at a port where nothing listens: a connection that is lost and stays lost until the test says so.
     */
    private static final String CUTTABLE_SOCKETS = """
            (() => {
              const Real = window.WebSocket;
              window.liveSockets = [];
              window.liveBlocked = false;
              window.WebSocket = function (url, protocols) {
                const socket = new Real(window.liveBlocked ? 'ws://127.0.0.1:9/ws' : url, protocols);
                window.liveSockets.push(socket);
                return socket;
              };
              window.WebSocket.prototype = Real.prototype;
              Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
            })();
            """;

    @Test
    void anEditorWhoseLiveConnectionWasLostIsToldSoAndOnReconnectSeesWhatWasSavedMeanwhile() {
        String id = create("Battle of Outpost Harry", "Korean War", "The outpost held for a week.");
        try (Chromium third = Chromium.start()) {
            third.driver()
                    .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CUTTABLE_SOCKETS));
            new ClientPage(third, api.base()).signIn("editor2");
            EditPage editor2 = new EditPage(third, api.base()).openFor(id);
            live(editor2);

            third.driver().executeScript("window.liveBlocked = true; window.liveSockets.at(-1).close();");
            third.waiting().until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "lost"));
            assertThat(editor2.text("#live-status")).contains("The live connection was lost");
            revise(id, 1, "editor1", "The outpost held for a week in June.", "month added");
            editor2.screenshot("live-connection-lost");

            third.driver().executeScript("window.liveBlocked = false;");
            // the button, or else the page's own next retry: either must bring the connection and the catch-up
            third.driver().executeScript("document.querySelector('#live-status button').click();");
            live(editor2);
            assertThat(editor2.text("#live-banner"))
                    .contains("editor1 saved revision 2")
                    .contains("month added");
        }
    }

    @Test
    void theRecentChangesPageShowsANewChangeLiveAndOnlyTheOnesItsFilterTakes() {
        String id = create("Battle of the Hook", "Korean War", "The ridge was held.");
        ClientPage recent = new ClientPage(first, api.base());
        recent.open("/recent?author=editor2");
        first.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .page"), "Live"));

        revise(id, 1, "editor1", "The ridge was held by the Commonwealth.", "by editor1");
        revise(id, 2, "editor2", "The ridge was held by the Commonwealth Division.", "by editor2");

        first.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ol.recent"), "by editor2"));
        List<String> shown = recent.all("ol.recent li").stream()
                .map(WebElement::getText)
                .filter(text -> text.contains("Battle of the Hook"))
                .toList();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0)).contains("EDIT").contains("editor2").contains("by editor2");
        recent.screenshot("live-recent-changes");
    }

    @Test
    void theBlamePageShowsEachAuthorsPassageWithALinkToItsRevision() {
        String id = create("Battle of Bloody Ridge", "Korean War", "The ridge was taken in September.");
        revise(id, 1, "editor2", "The ridge was taken in September. Both sides lost many men.", "losses");
        ClientPage blame = new ClientPage(second, api.base());
        blame.open("/entries/" + id + "/blame");

        List<WebElement> spans =
                second.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".blame a.span"), 2));
        assertThat(spans.get(0).getText()).isEqualTo("The ridge was taken in September.");
        assertThat(spans.get(0).getAttribute("title")).startsWith("editor1, revision 1");
        assertThat(spans.get(1).getText()).isEqualTo(" Both sides lost many men.");
        assertThat(spans.get(1).getAttribute("title")).startsWith("editor2, revision 2");
        assertThat(spans.get(1).getAttribute("href")).endsWith("#/entries/" + id + "/diff?from=1&to=2");
        assertThat(blame.all(".legend li").stream().map(WebElement::getText).toList())
                .containsExactly("editor1", "editor2");
        blame.screenshot("live-blame");

        spans.get(1).click();
        second.waiting().until(ExpectedConditions.urlContains("/diff?from=1&to=2"));
    }

    /** Waits until the page's live connection is up, so that what it is sent next is not missed. */
    private static void live(ClientPage page) {
        page.browser.waiting().until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "connected"));
    }

    private static String create(String title, String timeline, String body) {
        Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of("title", title, "timeline", timeline, "date", "1953 Apr 16", "body", body)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static void revise(String id, long base, String user, String body, String summary) {
        Response revised = api.put(
                "/api/entries/" + id,
                user,
                Api.json(Map.of("baseRevision", base, "changes", Map.of("body", body), "summary", summary)));
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
    }
}
