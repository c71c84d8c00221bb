package org.palimpsest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.text.WordOp.delete;
import static org.palimpsest.text.WordOp.equal;
import static org.palimpsest.text.WordOp.insert;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.palimpsest.text.ParagraphOp.Change;
import org.palimpsest.text.ParagraphOp.Delete;
import org.palimpsest.text.ParagraphOp.Equal;
import org.palimpsest.text.ParagraphOp.Insert;
import org.palimpsest.text.ParagraphOp.Move;

class DiffHtmlTest {

    private static final List<WordOp> RETITLED = List.of(equal("Battle of "), delete("Osan"), insert("Inchon"));

    @Test
    void wordOpsInlineAreOneTextWithInsAndDel() {
        assertThat(DiffHtml.wordsInline(RETITLED))
                .isEqualTo("<div class=\"diff-inline\">Battle of <del>Osan</del><ins>Inchon</ins></div>");
    }

    @Test
    void wordOpsSideBySideAreTheOldTextWithDelLeftAndTheNewWithInsRight() {
        assertThat(DiffHtml.wordsSideBySide(RETITLED))
                .isEqualTo("<table class=\"diff\"><tr class=\"diff-changed\">"
                        + "<td>Battle of <del>Osan</del></td><td>Battle of <ins>Inchon</ins></td></tr></table>");
    }

    @Test
    void paragraphsInlineAreOneParagraphEachMarkedByWhatHappenedToIt() {
        List<ParagraphOp> ops = List.of(
                new Equal(0, 0, "Same."),
                new Delete(1, "Gone."),
                new Insert(1, "New."),
                new Change(2, 2, List.of(equal("A "), insert("b"))),
                new Move(3, 4, "Moved.", List.of()));

        assertThat(DiffHtml.paragraphsInline(ops))
                .isEqualTo("<div class=\"diff-inline\"><p>Same.</p>"
                        + "<p class=\"diff-deleted\"><del>Gone.</del></p>"
                        + "<p class=\"diff-inserted\"><ins>New.</ins></p>"
                        + "<p class=\"diff-changed\">A <ins>b</ins></p>"
                        + "<p class=\"diff-moved\" data-from=\"3\" data-to=\"4\">Moved.</p></div>");
    }

    @Test
    void paragraphsSideBySideAreOneRowEach() {
        List<ParagraphOp> ops = List.of(
                new Equal(0, 0, "Same."),
                new Delete(1, "Gone."),
                new Move(2, 1, "Moved on.", List.of(equal("Moved"), insert(" on"), equal("."))));

        assertThat(DiffHtml.paragraphsSideBySide(ops))
                .isEqualTo("<table class=\"diff\"><tr class=\"diff-equal\"><td>Same.</td><td>Same.</td></tr>"
                        + "<tr class=\"diff-deleted\"><td><del>Gone.</del></td><td></td></tr>"
                        + "<tr class=\"diff-moved\" data-from=\"2\" data-to=\"1\">"
                        + "<td>Moved.</td><td>Moved<ins> on</ins>.</td></tr></table>");
    }

    @Test
    void everyTextIsEscaped() {
        assertThat(DiffHtml.wordsInline(List.of(equal("a & b "), insert("<script>alert('x\")</script>"))))
                .isEqualTo("<div class=\"diff-inline\">a &amp; b "
                        + "<ins>&lt;script&gt;alert(&#39;x&quot;)&lt;/script&gt;</ins></div>");
        assertThat(DiffHtml.paragraphsInline(List.of(new Move(0, 1, "<b>bold</b>", List.of()))))
                .isEqualTo("<div class=\"diff-inline\"><p class=\"diff-moved\" data-from=\"0\" data-to=\"1\">"
                        + "&lt;b&gt;bold&lt;/b&gt;</p></div>");
        assertThat(DiffHtml.line("date: <1950>"))
                .isEqualTo("<div class=\"diff-inline\"><p>date: &lt;1950&gt;</p></div>");
    }
}
