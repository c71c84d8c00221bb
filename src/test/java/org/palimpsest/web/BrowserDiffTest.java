package org.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;

/** The diff page in headless Chromium: value fields spelled out, and the wait for a comparison shown. */
class BrowserDiffTest extends OneBrowser {

    @Test
    void theDiffPageSpellsOutTheDateLocationAndImageCaptionAsBeforeAndAfterInBothViews() {
        String id = create(Map.of(
                "title", "Battle of Pusan Perimeter",
                "timeline", "Korean War",
                "date", "1950 Aug 4",
                "location", Map.of("name", "Taegu", "lat", 35.87, "lon", 128.6),
                "image",
                        Map.of(
                                "url", "https://example.org/perimeter.png",
                                "caption", "The line in August",
                                "attribution", "US Army"),
                "body", "The perimeter held."));
        Response revised = api.put(
                "/api/entries/" + id,
                "editor2",
                Api.json(Map.of(
                        "baseRevision",
                        1,
                        "changes",
                        Map.of(
                                "date", "1950 Aug 5",
                                "location", Map.of("name", "Daegu", "lat", 35.87, "lon", 128.6),
                                "image",
                                        Map.of(
                                                "url", "https://example.org/perimeter.png",
                                                "caption", "The line on 5 August",
                                                "attribution", "US Army")))));
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);

        for (String view : new String[] {"side", "inline"}) {
            DiffPage diff = new DiffPage(browser, api.base()).openFor(id, 1, 2, view);
            assertThat(diff.valueChanges("date")).as(view).containsExactly("1950 Aug 4 → 1950 Aug 5");
            assertThat(diff.valueChanges("location")).as(view).containsExactly("Place: Taegu → Daegu");
            assertThat(diff.valueChanges("image"))
                    .as(view + ": only the caption changed")
                    .containsExactly("Caption: The line in August → The line on 5 August");
        }
        new DiffPage(browser, api.base()).screenshot("diff-values");
    }

    @Test
    void movingAPlaceAndDroppingTheImageAreSpelledOutPartByPart() {
        String id = create(Map.of(
                "title", "Battle of Hwanggan",
                "timeline", "Korean War",
                "date", "1950 Jul 23",
                "location", Map.of("name", "Hwanggan", "lat", 36.2, "lon", 127.9),
                "image", Map.of("url", "https://example.org/hwanggan.png", "caption", "The road"),
                "body", "The cavalry held the road."));
        Response revised = api.put(
                "/api/entries/" + id,
                "editor2",
                "{\"baseRevision\":1,\"changes\":{\"location\":{\"name\":\"Hwanggan\"},\"image\":null}}");
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);

        DiffPage diff = new DiffPage(browser, api.base()).openFor(id, 1, 2, "side");

        assertThat(diff.valueChanges("location")).containsExactly("Coordinates: 36.2, 127.9 → (none)");
        assertThat(diff.valueChanges("image"))
                .containsExactly("Image URL: https://example.org/hwanggan.png → (none)", "Caption: The road → (none)");
        assertThat(browser.driver().findElements(By.cssSelector(".field-diff[data-field='date']")))
                .isEmpty();
    }

    @Test
    void aComparisonOnASlowLineSaysWhichRevisionsItComparesUntilTheDiffIsShown() {
        String id = create(Map.of(
                "title",
                "Battle of Taejon",
                "timeline",
                "Korean War",
                "date",
                "1950 Jul 14",
                "body",
                "The town fell."));
        for (long base = 1; base <= 2; base++) {
            Response revised = api.put(
                    "/api/entries/" + id,
                    "editor2",
                    Api.json(Map.of(
                            "baseRevision",
                            base,
                            "changes",
                            Map.of("body", "The town fell after " + base + " days."))));
            assertThat(revised.status()).as(revised.text()).isEqualTo(200);
        }
        HistoryPage history = new HistoryPage(browser, api.base()).openFor(id);

        browser.slowNetwork(Duration.ofMillis(1500));
        try {
            history.compare(1, 3);
            assertThat(history.waitingFor()).isEqualTo("Comparing revisions 1 and 3…");
            DiffPage diff = new DiffPage(browser, api.base()).waitForFields();
            diff.waitUntilNotBusy();
            assertThat(diff.fieldText("body")).contains("after 2 days");
        } finally {
            browser.normalNetwork();
        }
    }

    private static String create(Map<String, Object> entry) {
        Response created = api.post("/api/entries", "editor1", Api.json(entry));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asText();
    }
}
