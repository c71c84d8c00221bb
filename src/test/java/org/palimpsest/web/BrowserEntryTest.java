package org.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;

/** The entry page shows every part of an entry: its image's caption and credit, sources, Markdown rendered, last editor. */
class BrowserEntryTest extends OneBrowser {

    @Test
    void theEntryPageShowsTheImageCreditSourcesTheRenderedBodyAndWhoEditedItLast() {
        Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of(
                        "title", "Battle of the Imjin River",
                        "timeline", "Korean War",
                        "date", "1951 Apr 22",
                        "location", Map.of("name", "Imjin River", "lat", 37.95, "lon", 126.93),
                        "image",
                                Map.of(
                                        "url", "https://example.org/imjin.png",
                                        "caption", "Gloster Hill",
                                        "attribution", "Imperial War Museum"),
                        "body", "The **Glosters** held.\n\nSee [the regiment](https://example.org/glosters).",
                        "sources", List.of(Map.of("text", "Farrar-Hockley, The Edge of the Sword")))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asText();
        Response revised = api.put(
                "/api/entries/" + id,
                "editor2",
                Api.json(Map.of("baseRevision", 1, "changes", Map.of("date", "1951 Apr 25"))));
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);

        EntryPage entry = new EntryPage(browser, api.base()).openFor(id);
        assertThat(entry.heading()).isEqualTo("Battle of the Imjin River");
        assertThat(entry.text("#entry-date")).isEqualTo("1951 Apr 25");
        assertThat(entry.text("#entry-location")).contains("Imjin River");
        assertThat(entry.text("article .caption")).isEqualTo("Gloster Hill");
        assertThat(entry.text("article .attribution")).contains("Imperial War Museum");
        WebElement bold = browser.driver().findElement(By.cssSelector("article .body strong"));
        assertThat(bold.getText()).isEqualTo("Glosters");
        WebElement link = browser.driver().findElement(By.cssSelector("article .body a"));
        assertThat(link.getAttribute("href")).isEqualTo("https://example.org/glosters");
        assertThat(entry.text("article .sources")).contains("Farrar-Hockley, The Edge of the Sword");
        assertThat(entry.revisionLine()).startsWith("Revision 2, last edited by editor2");
        assertThat(entry.title()).startsWith("Battle of the Imjin River");
        entry.screenshot("entry-parts");
    }
}
