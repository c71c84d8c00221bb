package org.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.Chromium;

/**
 * Markup in an entry's fields and in edit summaries, on the blame, recent changes and entry (presence) pages in
 * headless Chromium: shown as the text it is, never run, never an element, never a javascript: link.
 */
class BrowserInertMarkupTest extends TwoBrowsers {

    private static final String SCRIPT = "<script>window.pwned=1</script>";
    private static final String IMAGE = "<img src=x onerror=\"window.pwned=1\">";
    private static final String LINK = "[x](javascript:window.pwned=1)";
    private static final String MARKUP = SCRIPT + " " + IMAGE + " " + LINK;

    /** A route changes only the hash, so the document (and a window.pwned of an earlier test) would live on. */
    @BeforeEach
    void freshDocuments() {
        first.driver().get("about:blank");
        second.driver().get("about:blank");
    }

    @Test
    void theBlamePageShowsMarkupOfBothEditorsPassagesAsText() {
        Written entry = writeAndRevise("Siege of Saguntum ");

        ClientPage blame = new ClientPage(first, api.base());
        blame.open("/entries/" + entry.id() + "/blame");
        List<WebElement> spans = first.waiting()
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".blame a.span"), 1));

        assertThat(blame.text("main h1")).isEqualTo("Who wrote what: " + entry.title());
        assertThat(blame.title()).contains(entry.title());
        assertThat(textContent(first, ".blame")).isEqualTo(entry.body());
        assertThat(spans.get(0).getAttribute("title")).startsWith("editor1, revision 1");
        assertThat(spans.get(spans.size() - 1).getAttribute("title")).startsWith("editor2, revision 2");
        assertThat(blame.text(".blame")).contains(SCRIPT).contains(IMAGE).contains(LINK);
        assertInert(blame);
        blame.screenshot("inert-blame");
    }

    @Test
    void theRecentChangesPageShowsMarkupInTitlesAndSummariesAsTextListedAndLive() {
        Written entry = write("Siege of Numantia ");
        ClientPage recent = new ClientPage(first, api.base());
        recent.open("/recent?author=editor2");
        first.waiting().until(ExpectedConditions.attributeToBe(By.id("recent-status"), "data-state", "connected"));

        revise(entry, "editor2");
        WebElement live = first.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.xpath("//ol[@class='recent']/li[a = '"
                        + entry.title() + "'][span[@class='summary'] = '" + secondSummary() + "']")));
        assertThat(live.findElement(By.tagName("a")).getText()).isEqualTo(entry.title());
        assertThat(live.findElement(By.cssSelector(".author")).getText()).isEqualTo("editor2");
        assertInert(recent);
        recent.screenshot("inert-recent-live");

        recent.open("/recent?timeline=" + URLEncoder.encode(entry.timeline(), StandardCharsets.UTF_8));
        List<WebElement> listed =
                first.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("ol.recent li"), 2));
        assertThat(first.driver().findElement(By.id("recent-timeline")).getAttribute("value"))
                .isEqualTo(entry.timeline());
        assertThat(texts(listed, "a")).containsOnly(entry.title());
        assertThat(texts(listed, ".summary")).containsExactly(secondSummary(), firstSummary());
        assertInert(recent);
        recent.screenshot("inert-recent");
    }

    @Test
    void theEntryPageWithItsPresenceLineShowsMarkupAsText() {
        Written entry = writeAndRevise("Siege of Alesia ");
        new ClientPage(first, api.base()).signIn("editor1");
        new ClientPage(second, api.base()).signIn("editor2");
        EntryPage reader = new EntryPage(first, api.base()).openFor(entry.id());
        new EntryPage(second, api.base()).openFor(entry.id());

        first.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("presence"), "editor2 viewing"));
        assertThat(reader.text("#presence")).isEqualTo("Also here: editor2 viewing");
        assertThat(reader.heading()).isEqualTo(entry.title());
        assertThat(reader.text("main .timeline")).isEqualTo(entry.timeline());
        assertThat(reader.body()).contains(SCRIPT).contains(IMAGE);
        assertInert(reader);
        reader.screenshot("inert-entry-presence");
    }

    /**
     * No script of the data ran, no element came of it, and no link on the page is a javascript: one; there are
     * links to check, so the last can fail.
     */
    private static void assertInert(ClientPage page) {
        Object pwned = page.browser.driver().executeScript("return typeof window.pwned");
        assertThat(pwned).as("no script of the data ran").isEqualTo("undefined");
        assertThat(page.all("main script, main img, [onerror], img[src='x']"))
                .as("no element made of the data")
                .isEmpty();
        assertThat(page.all("main a[href]")).as("links to check").isNotEmpty();
        @SuppressWarnings("unchecked")
        List<String> scriptLinks = (List<String>) page.browser.driver().executeScript("""
                        return [...document.querySelectorAll('a[href]')]
                            .filter((a) => a.protocol === 'javascript:'
                                || a.getAttribute('href').trim().toLowerCase().startsWith('javascript'))
                            .map((a) => a.outerHTML);
                        """);
        assertThat(scriptLinks).as("javascript: links").isEmpty();
    }

    private static String textContent(Chromium browser, String css) {
        return (String) browser.driver().executeScript("return document.querySelector(arguments[0]).textContent", css);
    }

    private static List<String> texts(List<WebElement> items, String css) {
        return items.stream()
                .map(item -> item.findElement(By.cssSelector(css)).getText())
                .toList();
    }

    private record Written(String id, String title, String timeline, String body) {}

    private static String firstSummary() {
        return "first " + MARKUP;
    }

    private static String secondSummary() {
        return "second " + MARKUP;
    }

    private static String revisedBody(String body) {
        return body + " Revised by editor2: " + MARKUP;
    }

    private static Written write(String titlePrefix) {
        Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of(
                        "title", titlePrefix + MARKUP,
                        "timeline", "Sieges: " + titlePrefix + MARKUP,
                        "date", "219 BCE",
                        "body", "Body " + MARKUP,
                        "summary", firstSummary())));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        var json = created.json();
        return new Written(
                json.get("id").asText(),
                json.get("title").asText(),
                json.get("timeline").asText(),
                json.get("body").asText());
    }

    private static Written revise(Written entry, String user) {
        String body = revisedBody(entry.body());
        Response revised = api.put(
                "/api/entries/" + entry.id(),
                user,
                Api.json(Map.of("baseRevision", 1, "changes", Map.of("body", body), "summary", secondSummary())));
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
        return new Written(entry.id(), entry.title(), entry.timeline(), body);
    }

    private static Written writeAndRevise(String titlePrefix) {
        return revise(write(titlePrefix), "editor2");
    }
}
