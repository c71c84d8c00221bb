package org.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;

/** The reviewer's toolkit in headless Chromium against the real server: restore, rollback, the history's marks. */
class BrowserReviewTest extends OneBrowser {

    @Test
    void aReviewerRollsBackAVandalsEditsFromTheHistoryPageAndTheVandalsRevisionsAreMarkedReverted() {
        String id = create("editor1", "Battle of the Imjin River", "1951 Apr 22", "The Glosters held Hill 235.");
        revise(id, "editor2", 1, "The Glosters ran away.");
        revise(id, "editor2", 2, "LOL nobody held anything.");

        new ClientPage(browser, api.base()).signIn("reviewer");
        HistoryPage history = new HistoryPage(browser, api.base()).openFor(id);
        history.rollBack("editor2");

        history.waitForNewest("ROLLBACK");
        assertThat(history.notice()).contains("Roll back: done, recorded as revision 4");
        assertThat(history.authors()).containsExactly("reviewer", "editor2", "editor2", "editor1");
        assertThat(history.row(4)).contains("(reverts revisions 2, 3)");
        assertThat(history.row(3)).contains("(reverted by revision 4)");
        assertThat(history.row(2)).contains("(reverted by revision 4)");
        assertThat(history.markedReverted(3)).isTrue();
        assertThat(history.markedReverted(1)).isFalse();
        history.screenshot("history-rolled-back");

        EntryPage entry = new EntryPage(browser, api.base()).openFor(id);
        assertThat(entry.body()).isEqualTo("The Glosters held Hill 235.");
        assertThat(entry.revisionLine()).startsWith("Revision 4, last edited by reviewer");
    }

    @Test
    void aSecondRollbackOfTheSameAuthorIsRefusedWithAMessageNotRawJson() {
        String id = create("editor1", "Battle of Kapyong", "1951 Apr 23", "The Canadians held Hill 677.");
        revise(id, "editor2", 1, "Nobody held Hill 677.");

        new ClientPage(browser, api.base()).signIn("reviewer");
        HistoryPage history = new HistoryPage(browser, api.base()).openFor(id);
        Response first =
                api.post("/api/entries/" + id + "/rollback", "reviewer", Api.json(Map.of("author", "editor2")));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        history.rollBack("editor2");

        assertThat(history.text("#history-message"))
                .contains("Roll back refused: the newest revision is now by reviewer (revision 3)")
                .contains("already rolled back or edited since")
                .contains("Nothing was recorded")
                .doesNotContain("{");
        assertThat(api.get("/api/entries/" + id).json().get("revision").asLong())
                .isEqualTo(3);
    }

    @Test
    void aReviewerRestoresAnEarlierRevisionFromTheHistoryPageAndEveryLaterOneIsMarkedReverted() {
        String id = create("editor1", "Battle of Chipyong-ni", "1951 Feb 13", "The regiment held the town.");
        revise(id, "editor1", 1, "The regiment held the town for three days.");
        revise(id, "editor2", 2, "The regiment lost the town.");

        new ClientPage(browser, api.base()).signIn("reviewer");
        HistoryPage history = new HistoryPage(browser, api.base()).openFor(id);
        history.restore(1);

        history.waitForNewest("RESTORE");
        assertThat(history.notice()).contains("Restore: done, recorded as revision 4");
        assertThat(history.summaries().get(0)).startsWith("Restore revision 1").contains("(reverts revisions 2, 3)");
        assertThat(history.row(2)).contains("(reverted by revision 4)");
        assertThat(history.row(3)).contains("(reverted by revision 4)");
        history.screenshot("history-restored");

        EntryPage entry = new EntryPage(browser, api.base()).openFor(id);
        assertThat(entry.body()).isEqualTo("The regiment held the town.");
    }

    @Test
    void aReviewerRollsAnAuthorBackOnEveryEntryAfterConfirmingAndIsToldWhatWasSkipped() {
        String hill = create("editor1", "Battle of Hill 355", "1951 Oct 3", "The hill was taken in October.");
        String ridge = create("editor1", "Battle of Bloody Ridge", "1951 Aug 18", "The ridge fell in September.");
        String own = create("editor2", "Operation Commando", "1951 Oct 3", "A spree of editor2's own.");
        revise(hill, "editor2", 1, "The hill was never taken.");
        revise(ridge, "editor2", 1, "The ridge never fell.");
        revise(ridge, "editor2", 2, "There was no ridge.");

        new ClientPage(browser, api.base()).signIn("reviewer");
        HistoryPage history = new HistoryPage(browser, api.base()).openFor(hill);
        assertThat(history.askToRollBackEverywhere("editor2"))
                .contains("every entry where editor2 made the newest revision");
        history.screenshot("rollback-everywhere-confirm");
        history.cancel();
        assertThat(api.get("/api/entries/" + hill).json().get("revision").asLong())
                .as("cancelled: nothing recorded")
                .isEqualTo(2);

        history.askToRollBackEverywhere("editor2");
        history.confirm();

        history.waitForNewest("ROLLBACK");
        assertThat(history.notice())
                .contains("Rolled back editor2 on ")
                .contains(hill + " (now revision 3)")
                .contains(ridge + " (now revision 4)")
                .contains(own + " (they made every revision)");
        history.screenshot("rollback-everywhere-done");
        assertThat(new EntryPage(browser, api.base()).openFor(hill).body()).isEqualTo("The hill was taken in October.");
        assertThat(new EntryPage(browser, api.base()).openFor(ridge).body()).isEqualTo("The ridge fell in September.");
        assertThat(new HistoryPage(browser, api.base()).openFor(ridge).row(3)).contains("(reverted by revision 4)");
    }

    @Test
    void anEditorSeesNoReviewerButtonsWhereTheReviewerDoesAndTheEditorsForgedUndoRestoreAndRollbackAreRefused() {
        String id = create("editor1", "Battle of Bunker Hill (1952)", "1952 Aug 9", "The marines held the hill.");
        revise(id, "editor1", 1, "The marines held the hill for a week.");
        revise(id, "editor2", 2, "The marines lost the hill.");

        new ClientPage(browser, api.base()).signIn("reviewer");
        HistoryPage reviewers = new HistoryPage(browser, api.base()).openFor(id);
        assertThat(reviewers.all("button.undo")).hasSize(2);
        assertThat(reviewers.all("button.restore")).hasSize(2);
        assertThat(reviewers.all("button.rollback")).hasSize(1);
        assertThat(browser.driver().findElements(By.xpath("//table[@class='history']//th[.='Review']")))
                .hasSize(1);

        new ClientPage(browser, api.base()).signIn("editor1");
        HistoryPage history = new HistoryPage(browser, api.base()).openFor(id);
        assertThat(history.reviewerButtons()).isEmpty();
        assertThat(browser.driver().findElements(By.xpath("//table[@class='history']//th[.='Review']")))
                .isEmpty();

        // the client's own request code, with the session's cookie and CSRF token: only the role is missing
        assertThat(forged("POST", "/api/entries/" + id + "/revisions/3/undo", Map.of()))
                .containsExactly(
                        403L, "Forbidden: your role does not allow POST /api/entries/" + id + "/revisions/3/undo");
        assertThat(forged("POST", "/api/entries/" + id + "/restore", Map.of("revision", 1)))
                .containsExactly(403L, "Forbidden: your role does not allow POST /api/entries/" + id + "/restore");
        assertThat(forged("POST", "/api/entries/" + id + "/rollback", Map.of("author", "editor2")))
                .containsExactly(403L, "Forbidden: your role does not allow POST /api/entries/" + id + "/rollback");
        assertThat(api.get("/api/entries/" + id).json().get("revision").asLong())
                .as("nothing recorded")
                .isEqualTo(3);
        history.screenshot("history-as-editor");
    }

    /** A request sent by the page's own api(); answers its status and the message the page would show. */
    @SuppressWarnings("unchecked")
    private static List<Object> forged(String method, String path, Map<String, Object> body) {
        return (List<Object>) browser.driver().executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        import('/js/api.js').then(({ api }) => api(arguments[0], arguments[1], arguments[2]))
                            .then(() => done([200, 'recorded']), (e) => done([e.status, e.message]));
                        """, method, path, body);
    }

    @Test
    void aHistoryRowOpensTheEntryAsItStoodAtThatRevision() {
        String id = create("editor1", "Battle of the Punchbowl", "1951 Aug 31", "The basin was taken.");
        revise(id, "editor2", 1, "The basin was taken in September.");

        HistoryPage history = new HistoryPage(browser, api.base()).openFor(id);
        browser.driver()
                .findElement(By.cssSelector("tr[data-revision='1'] a.as-of"))
                .click();

        EntryPage past = new EntryPage(browser, api.base()).waitForArticle();
        assertThat(past.text("#as-of-note")).startsWith("As it stood on ").contains("at revision 1");
        assertThat(past.body()).isEqualTo("The basin was taken.");
        assertThat(past.revisionLine()).startsWith("Revision 1, last edited by editor1");
        assertThat(browser.driver().getCurrentUrl()).contains("/#/entries/" + id + "?asOf=");
        assertThat(past.title()).startsWith("As of ").endsWith("Battle of the Punchbowl · Palimpsest");
        past.screenshot("entry-as-of");
        assertThat(history.unlabelledControls()).isEmpty();
    }

    @Test
    void theHistoryAndDiffPagesWorkFromTheKeyboardAndNameEveryControl() {
        String id = create("editor1", "Battle of Outpost Harry", "1953 Jun 10", "The outpost held.");
        revise(id, "editor1", 1, "The outpost held for eight days.");
        revise(id, "editor2", 2, "The outpost fell.");

        new ClientPage(browser, api.base()).signIn("reviewer");
        HistoryPage history = new HistoryPage(browser, api.base()).openFor(id);
        assertThat(history.unlabelledControls()).isEmpty();

        history.tabTo("input[name=from]:checked");
        assertThat(history.focused()).isEqualTo("from-2");
        history.press(Keys.ARROW_DOWN);
        assertThat(history.focused()).isEqualTo("from-1");
        history.tabTo("#compare");
        history.press(Keys.ENTER);
        DiffPage diff = new DiffPage(browser, api.base()).waitForFields();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/diff?from=1&to=3");
        assertThat(diff.unlabelledControls()).isEmpty();
        diff.tabTo("a[href$='view=inline']");
        diff.press(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".diff-inline")));

        history.openFor(id);
        history.tabTo("button.restore[data-revision='1']");
        history.press(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-yes")));
        assertThat(history.focused()).as("the confirmation takes the focus").isEqualTo("confirm-yes");
        assertThat(history.unlabelledControls()).isEmpty();
        history.press(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog.confirm")));
        assertThat(api.get("/api/entries/" + id).json().get("revision").asLong())
                .as("Escape cancels")
                .isEqualTo(3);

        history.tabTo("button.restore[data-revision='1']");
        history.press(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-yes")));
        history.press(Keys.ENTER);
        history.waitForNewest("RESTORE");
        assertThat(new EntryPage(browser, api.base()).openFor(id).body()).isEqualTo("The outpost held.");
    }

    private static String create(String user, String title, String date, String body) {
        Response created = api.post(
                "/api/entries",
                user,
                Api.json(Map.of("title", title, "timeline", "Korean War", "date", date, "body", body)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static void revise(String id, String user, long base, String body) {
        Response revised = api.put(
                "/api/entries/" + id, user, Api.json(Map.of("baseRevision", base, "changes", Map.of("body", body))));
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
    }
}
