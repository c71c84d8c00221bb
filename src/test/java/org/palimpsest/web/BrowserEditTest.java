package org.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;

/** The edit page in headless Chromium: a save on a slow line shows that it runs, and the keyboard does it all. */
class BrowserEditTest extends OneBrowser {

    private static final Duration SLOW = Duration.ofMillis(1500);

    @Test
    void aSaveOnASlowLineShowsSavingUntilItsAnswerComesThenClearsIt() {
        String id = create("Battle of Unsan", "The division was surprised.");
        new ClientPage(browser, api.base()).signIn("editor1");
        EditPage edit = new EditPage(browser, api.base()).openFor(id);
        edit.replaceInBody("was surprised", "was surprised at night");
        revise(id, 1, "The division was surprised at dawn.");

        browser.slowNetwork(SLOW);
        try {
            edit.save();
            assertThat(edit.savingText()).isEqualTo("Saving…");
            edit.conflicts();
            assertThat(edit.saveButton().getText()).isEqualTo("Save");
            assertThat(edit.saveButton().isEnabled()).isTrue();
            assertThat(edit.saveButton().getAttribute("aria-busy")).isNull();

            edit.save();
            assertThat(edit.savingText()).isEqualTo("Saving…");
            EntryPage saved = edit.waitSaved();
            saved.waitUntilNotBusy();
            assertThat(saved.notice()).contains("Saved as revision 3");
        } finally {
            browser.normalNetwork();
        }
        assertThat(api.get("/api/entries/" + id).json().get("body").asText())
                .isEqualTo("The division was surprised at night.");
    }

    @Test
    void anEditorEditsAndSavesWithTheKeyboardAloneAndEveryControlHasAName() {
        String id = create("Battle of Chosin Reservoir", "The marines broke out.");
        new ClientPage(browser, api.base()).signIn("editor2");
        EditPage edit = new EditPage(browser, api.base()).openFor(id);
        assertThat(edit.unlabelledControls()).isEmpty();

        edit.tabTo("#edit-date");
        // tabbing into a text field selects its text, so typing replaces it
        edit.press("1950 Nov 27 - 1950 Dec 13");
        edit.tabTo("#edit-body");
        edit.press(Keys.END);
        edit.press(" They reached Hungnam.");
        edit.tabTo("#edit-summary");
        edit.press("dates and the end");
        edit.tabTo("#edit-minor");
        edit.press(Keys.SPACE);
        edit.tabTo("#edit-save");
        edit.press(Keys.ENTER);

        EntryPage saved = edit.waitSaved();
        assertThat(saved.body()).isEqualTo("The marines broke out. They reached Hungnam.");
        assertThat(saved.text("#entry-date")).isEqualTo("1950 Nov 27 - 1950 Dec 13");
        JsonNode revision =
                api.get("/api/entries/" + id + "/revisions/2").json().get("history");
        assertThat(revision.get("summary").asText()).isEqualTo("dates and the end");
        assertThat(revision.get("minor").asBoolean()).isTrue();
        assertThat(revision.get("author").asText()).isEqualTo("editor2");
    }

    @Test
    void enterInTheSummarySavesTheEdit() {
        String id = create("Battle of Wawon", "The brigade held.");
        new ClientPage(browser, api.base()).signIn("editor1");
        EditPage edit = new EditPage(browser, api.base()).openFor(id);
        edit.tabTo("#edit-title");
        edit.press(Keys.END);
        edit.press(" (1950)");
        edit.tabTo("#edit-summary");
        edit.press("year in the title");
        edit.press(Keys.ENTER);

        EntryPage saved = edit.waitSaved();
        assertThat(saved.heading()).isEqualTo("Battle of Wawon (1950)");
        assertThat(saved.revisionLine()).startsWith("Revision 2, last edited by editor1");
    }

    private static String create(String title, String body) {
        Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of("title", title, "timeline", "Korean War", "date", "1950 Nov 1", "body", body)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static void revise(String id, long base, String body) {
        Response revised = api.put(
                "/api/entries/" + id,
                "editor2",
                Api.json(Map.of("baseRevision", base, "changes", Map.of("body", body))));
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
    }
}
