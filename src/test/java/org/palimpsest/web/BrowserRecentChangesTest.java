package org.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;
import org.palimpsest.web.RecentChangesPage.Row;

/** The recent changes page in headless Chromium: filtered by author, timeline and kind, live, from the keyboard. */
class BrowserRecentChangesTest extends OneBrowser {

    @Test
    void theFiltersByAuthorTimelineAndKindListOnlyTheMatchingChanges() {
        String naktong = create("Battle of the Naktong Bulge", "Recent: Naktong", "naktong created");
        create("Battle of Osan", "Recent: Osan", "osan created");
        revise(naktong, "editor2", 1, "The bulge was closed.", "naktong by editor2");
        undo(naktong, 2, "naktong undone");

        RecentChangesPage recent = new RecentChangesPage(browser, api.base()).openAll();
        assertThat(recent.rows())
                .contains(
                        new Row("Battle of the Naktong Bulge", "UNDO", "reviewer", "naktong undone"),
                        new Row("Battle of the Naktong Bulge", "EDIT", "editor2", "naktong by editor2"),
                        new Row("Battle of Osan", "CREATE", "editor1", "osan created"));

        recent.filter(null, "Recent: Naktong", null);
        assertThat(recent.rows())
                .containsExactly(
                        new Row("Battle of the Naktong Bulge", "UNDO", "reviewer", "naktong undone"),
                        new Row("Battle of the Naktong Bulge", "EDIT", "editor2", "naktong by editor2"),
                        new Row("Battle of the Naktong Bulge", "CREATE", "editor1", "naktong created"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/recent?timeline=Recent%3A+Naktong");
        assertThat(recent.filterValue("timeline")).isEqualTo("Recent: Naktong");

        recent.filter("editor2", null, null);
        assertThat(recent.rows()).isNotEmpty().allMatch(row -> row.author().equals("editor2"));
        assertThat(recent.rows())
                .contains(new Row("Battle of the Naktong Bulge", "EDIT", "editor2", "naktong by editor2"));

        recent.filter(null, null, "UNDO");
        assertThat(recent.rows()).isNotEmpty().allMatch(row -> row.kind().equals("UNDO"));
        assertThat(recent.rows())
                .contains(new Row("Battle of the Naktong Bulge", "UNDO", "reviewer", "naktong undone"));

        recent.filter("editor1", "Recent: Osan", "CREATE");
        assertThat(recent.rows()).containsExactly(new Row("Battle of Osan", "CREATE", "editor1", "osan created"));
        assertThat(recent.filterValue("kind")).isEqualTo("CREATE");
        recent.screenshot("recent-filtered");
    }

    @Test
    void aFilteredListTakesInALiveChangeThatMatchesWithoutAReloadAndLeavesOutOneThatDoesNot() {
        String pyongyang = create("Capture of Pyongyang", "Recent: Pyongyang", "pyongyang created");
        String wonsan = create("Wonsan Landing", "Recent: Wonsan", "wonsan created");
        RecentChangesPage recent = new RecentChangesPage(browser, api.base());
        recent.open("/recent?timeline=" + URLEncoder.encode("Recent: Pyongyang", StandardCharsets.UTF_8));
        recent.waitLive();
        assertThat(recent.rows())
                .containsExactly(new Row("Capture of Pyongyang", "CREATE", "editor1", "pyongyang created"));
        browser.driver().executeScript("window.notReloaded = true");

        revise(wonsan, "editor2", 1, "The landing came late.", "wonsan by editor2");
        revise(pyongyang, "editor2", 1, "The city fell on 19 October.", "pyongyang by editor2");

        Row live = recent.waitForRow("Capture of Pyongyang", "pyongyang by editor2");
        assertThat(live).isEqualTo(new Row("Capture of Pyongyang", "EDIT", "editor2", "pyongyang by editor2"));
        assertThat(recent.rows())
                .as("the newest on top; the change on the other timeline, stored before it, left out")
                .containsExactly(
                        new Row("Capture of Pyongyang", "EDIT", "editor2", "pyongyang by editor2"),
                        new Row("Capture of Pyongyang", "CREATE", "editor1", "pyongyang created"));
        assertThat(browser.driver().executeScript("return window.notReloaded === true"))
                .as("no reload")
                .isEqualTo(true);
    }

    @Test
    void theFiltersWorkFromTheKeyboardAloneAndNameEveryControl() {
        String hungnam = create("Hungnam Evacuation", "Recent: Hungnam", "hungnam created");
        revise(hungnam, "editor2", 1, "The port was evacuated by 24 December.", "hungnam by editor2");
        undo(hungnam, 2, "hungnam undone");
        RecentChangesPage recent = new RecentChangesPage(browser, api.base()).openAll();
        assertThat(recent.unlabelledControls()).isEmpty();

        recent.tabTo("#recent-timeline");
        recent.press("Recent: Hungnam");
        recent.whileReplaced(() -> recent.press(Keys.ENTER));
        assertThat(recent.rows()).extracting(Row::kind).containsExactly("UNDO", "EDIT", "CREATE");

        recent.tabTo("#recent-kind");
        recent.press("EDIT");
        recent.tabTo("form.filters button[type=submit]");
        recent.whileReplaced(() -> recent.press(Keys.SPACE));
        assertThat(recent.rows())
                .containsExactly(new Row("Hungnam Evacuation", "EDIT", "editor2", "hungnam by editor2"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/recent?timeline=Recent%3A+Hungnam&kind=EDIT");
        assertThat(recent.unlabelledControls()).isEmpty();
    }

    private static String create(String title, String timeline, String summary) {
        Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of(
                        "title",
                        title,
                        "timeline",
                        timeline,
                        "date",
                        "1950",
                        "body",
                        "It began.",
                        "summary",
                        summary)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static void revise(String id, String user, long base, String body, String summary) {
        Response revised = api.put(
                "/api/entries/" + id,
                user,
                Api.json(Map.of("baseRevision", base, "changes", Map.of("body", body), "summary", summary)));
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
    }

    private static void undo(String id, long revision, String summary) {
        Response undone = api.post(
                "/api/entries/" + id + "/revisions/" + revision + "/undo",
                "reviewer",
                Api.json(Map.of("summary", summary)));
        assertThat(undone.status()).as(undone.text()).isEqualTo(200);
    }
}
