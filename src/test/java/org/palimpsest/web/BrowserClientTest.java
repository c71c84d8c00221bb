package org.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;

/** The browser client in headless Chromium against the real app: what editors and reviewers do all day. */
class BrowserClientTest extends TwoBrowsers {

    @Test
    void twoEditorsOnOldBasesMergeWhatDoesNotOverlapAndSeeTheConflictOfWhatDoesWithTheirTextKept() {
        String id = create(
                "Battle of Triangle Hill",
                "Korean War",
                "1952 Oct 14",
                "The attack began in October.\n\nThe hill changed hands many times.");
        ClientPage one = new ClientPage(first, api.base());
        ClientPage two = new ClientPage(second, api.base());
        one.signIn("editor1");
        two.signIn("editor2");
        EditPage editor1 = new EditPage(first, api.base()).openFor(id);
        EditPage editor2 = new EditPage(second, api.base()).openFor(id);
        assertThat(editor2.baseNote()).isEqualTo("Editing revision 1");
        editor2.screenshot("edit");

        editor1.replaceInBody("began in October", "began on 14 October").summary("exact day");
        editor1.save();
        EntryPage afterFirst = new EntryPage(first, api.base()).waitForArticle();
        assertThat(afterFirst.revisionLine()).startsWith("Revision 2, last edited by editor1");

        editor2.replaceInBody("many times", "many times in six weeks").summary("duration");
        editor2.save();
        EntryPage merged = new EntryPage(second, api.base()).waitForArticle();
        assertThat(merged.notice()).contains("Saved as revision 3").contains("merged");
        assertThat(merged.body()).contains("began on 14 October").contains("many times in six weeks");
        merged.screenshot("entry");

        HistoryPage history = new HistoryPage(second, api.base()).openFor(id);
        assertThat(history.authors()).containsExactly("editor2", "editor1", "editor1");
        assertThat(history.kinds()).containsExactly("MERGE", "EDIT", "CREATE");
        assertThat(history.undoButtons())
                .as("editors are not shown the reviewer's buttons")
                .isEmpty();

        editor1.openFor(id);
        editor2.openFor(id);
        editor1.replaceInBody("on 14 October", "on 13 October").save();
        new EntryPage(first, api.base()).waitForArticle();
        editor2.replaceInBody("on 14 October", "on 15 October, at dawn").save();

        editor2.conflicts();
        assertThat(editor2.text("#conflicts")).contains("Edit conflict").contains("Nothing was saved");
        assertThat(editor2.mine("body")).contains("on 15 October, at dawn");
        assertThat(editor2.theirs("body")).contains("on 13 October");
        assertThat(editor2.body()).as("the form keeps editor2's words").contains("on 15 October, at dawn");
        assertThat(editor2.baseNote()).isEqualTo("Editing revision 4");
        editor2.screenshot("conflict");
        assertThat(api.get("/api/entries/" + id).json().get("revision").asLong())
                .isEqualTo(4);

        editor2.save();
        EntryPage resolved = new EntryPage(second, api.base()).waitForArticle();
        assertThat(resolved.revisionLine()).startsWith("Revision 5, last edited by editor2");
        assertThat(resolved.body()).contains("on 15 October, at dawn");
    }

    @Test
    void anEditorWhoseSessionIsGoneIsAskedToSignInAgainAndSavesWithoutLosingTheText() {
        String id = create("Battle of White Horse", "Korean War", "1952 Oct 6", "The hill was defended.");
        new ClientPage(first, api.base()).signIn("editor1");
        EditPage edit = new EditPage(first, api.base()).openFor(id);
        edit.replaceInBody("was defended", "was defended for ten days");

        first.driver().manage().deleteAllCookies();
        edit.save();

        assertThat(edit.text("#edit-message"))
                .contains("Your session has expired")
                .contains("Your text is kept");
        assertThat(edit.body()).isEqualTo("The hill was defended for ten days.");
        assertThat(api.get("/api/entries/" + id).json().get("revision").asLong())
                .isEqualTo(1);
        first.driver().findElement(By.cssSelector("#edit-message button")).click();
        edit.signInInDialog("editor1");
        assertThat(edit.body()).isEqualTo("The hill was defended for ten days.");
        edit.save();

        EntryPage saved = new EntryPage(first, api.base()).waitForArticle();
        assertThat(saved.revisionLine()).startsWith("Revision 2, last edited by editor1");
        assertThat(saved.body()).isEqualTo("The hill was defended for ten days.");
    }

    @Test
    void theDiffPageShowsAMovedParagraphAsAMoveSideBySideAndInline() {
        String id = create(
                "Inchon Landing",
                "Korean War",
                "1950 Sep 15",
                "The Pusan Perimeter held through August.\n\nThe landing at Inchon began on 15 September.");
        revise(
                id,
                1,
                "The landing at Inchon began on 15 September.\n\nThe Pusan Perimeter held through August and early September.");

        DiffPage side = new DiffPage(first, api.base()).openFor(id, 1, 2, "side");
        assertThat(side.moved()).isNotEmpty();
        assertThat(side.moveLabels()).containsExactly("Moved from paragraph 1 to 2");
        assertThat(side.title()).startsWith("Diff 1→2 · Inchon Landing");
        assertThat(first.driver().getCurrentUrl()).endsWith("/#/entries/" + id + "/diff?from=1&to=2&view=side");
        side.screenshot("diff-side-by-side");

        DiffPage inline = new DiffPage(first, api.base()).openFor(id, 1, 2, "inline");
        assertThat(inline.moveLabels()).containsExactly("Moved from paragraph 1 to 2");
        assertThat(inline.fieldText("body")).contains("and early September");
        inline.screenshot("diff-inline");

        HistoryPage history = new HistoryPage(first, api.base()).openFor(id);
        history.screenshot("history");
        history.compare(1, 2);
        new DiffPage(first, api.base()).waitForFields();
        assertThat(first.driver().getCurrentUrl()).endsWith("/diff?from=1&to=2");
    }

    @Test
    void scriptsAndScriptLinksInEveryFieldStayInertText() {
        String evil = "<script>window.pwned = true</script><img src=x onerror=\"window.pwned = true\">";
        Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of(
                        "title",
                        "Siege " + evil,
                        "timeline",
                        "Evil <img src=x onerror=\"window.pwned = true\">",
                        "date",
                        "216 BCE Aug 2",
                        "location",
                        Map.of("name", "Cannae " + evil),
                        "image",
                        Map.of(
                                "url",
                                "https://example.org/cannae.png",
                                "caption",
                                "Caption " + evil,
                                "attribution",
                                "Credit " + evil),
                        "body",
                        "Body " + evil + "\n\n[click](javascript:window.pwned=true)",
                        "sources",
                        List.of(Map.of("text", "Source " + evil, "url", "https://example.org/s")))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asText();
        revise(id, 1, "Body changed " + evil);

        EntryPage entry = new EntryPage(first, api.base()).openFor(id);
        assertThat(entry.heading()).isEqualTo("Siege " + evil);
        assertThat(entry.text("#entry-date")).isEqualTo("216 BCE Aug 2");
        assertThat(entry.body()).contains("<script>window.pwned = true</script>");
        assertInert(entry);
        entry.screenshot("entry-with-markup");

        new ClientPage(first, api.base()).open("/");
        assertThat(first.driver().findElement(By.tagName("main")).getText()).contains("Siege " + evil);
        assertInert(entry);
        new HistoryPage(first, api.base()).openFor(id);
        assertInert(entry);
        DiffPage diff = new DiffPage(first, api.base()).openFor(id, 1, 2, "inline");
        assertThat(diff.fieldText("body")).contains("<script>");
        assertInert(diff);
    }

    @Test
    void aReviewerUndoesAVandalEditFromTheHistoryPageAfterConfirmingAndTheEntryShowsTheHonestText() {
        String id = create("Battle of Old Baldy", "Korean War", "1952 Jun 26", "The hill was held by the 45th.");
        revise(id, 1, "LOL this page is garbage.");

        ClientPage page = new ClientPage(second, api.base());
        page.signIn("reviewer");
        HistoryPage history = new HistoryPage(second, api.base()).openFor(id);
        assertThat(history.undoButtons()).hasSize(1);
        history.undo(2);

        HistoryPage after = new HistoryPage(second, api.base());
        assertThat(after.notice()).contains("Undo: done, recorded as revision 3");
        second.waiting()
                .until(ExpectedConditions.textToBe(By.cssSelector("table.history tbody tr:first-child .kind"), "UNDO"));
        assertThat(after.authors()).first().isEqualTo("reviewer");
        EntryPage entry = new EntryPage(second, api.base()).openFor(id);
        assertThat(entry.body()).isEqualTo("The hill was held by the 45th.");

        ClientPage signedOut = new ClientPage(second, api.base());
        signedOut.open("/recent");
        signedOut.screenshot("recent-changes");
        signedOut.open("/entries/" + id + "/blame");
        signedOut.screenshot("blame");
    }

    @Test
    void theTimelinesPageListsEntriesInHistoricalOrderWithBceDatesAndReadsAt400Pixels() {
        create("Battle of Zama", "Punic Wars", "202 BCE Oct 19", "Scipio won.");
        create("Battle of Cannae", "Punic Wars", "216 BCE Aug 2", "Hannibal won.");
        create("Sack of Carthage", "Punic Wars", "146 BCE", "The city fell.");

        ClientPage page = new ClientPage(first, api.base());
        page.open("/");
        first.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Punic Wars"));
        List<String> punic = first.driver().findElements(By.xpath("//section[h2='Punic Wars']//li")).stream()
                .map(item -> item.getText())
                .toList();
        assertThat(punic)
                .containsExactly(
                        "216 BCE Aug 2 Battle of Cannae", "202 BCE Oct 19 Battle of Zama", "146 BCE Sack of Carthage");
        assertThat(page.title()).isEqualTo("Timelines · Palimpsest");
        page.screenshot("timelines");
        try {
            first.resize(400, 800);
            page.open("/");
            Long width = (Long) first.driver().executeScript("return document.documentElement.scrollWidth");
            assertThat(width).as("no sideways scrolling at 400 px").isLessThanOrEqualTo(400L);
            page.screenshot("timelines-400px");
        } finally {
            first.resize(1280, 800);
        }
    }

    private static void assertInert(ClientPage page) {
        Object pwned = page.browser.driver().executeScript("return window.pwned === true");
        assertThat(pwned).as("no script of the data ran").isEqualTo(false);
        assertThat(page.all("main script, main img[src='x'], main [onerror]")).isEmpty();
        assertThat(page.all("main a[href^='javascript']")).isEmpty();
    }

    private static String create(String title, String timeline, String date, String body) {
        Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of("title", title, "timeline", timeline, "date", date, "body", body)));
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
