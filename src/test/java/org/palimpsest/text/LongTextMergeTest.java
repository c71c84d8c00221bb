package org.palimpsest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Merges of texts longer than {@link WordMerge#MAX_WHOLE_CHARS}, which go paragraph by paragraph where the three
 * texts' paragraphs line up: the same results as a merge of the whole, edits in many paragraphs at once.
 */
class LongTextMergeTest {

    private static final int PARAGRAPHS = 60;
    private static final int WORDS = 40;

    @Test
    void aLongTextIsLongerThanAWholeMergeTakes() {
        assertThat(new Body().text().length() * 3).isGreaterThan(WordMerge.MAX_WHOLE_CHARS);
    }

    @Test
    void editsInManyParagraphsCombineWithAnEditOfAnother() {
        Body base = new Body();
        Body mine = base.copy().set(30, 7, "mine");
        Body theirs = base.copy();
        for (int p = 0; p < PARAGRAPHS; p += 3) {
            theirs.set(p, p % WORDS, "theirs" + p);
        }

        MergeResult result = WordMerge.merge(base.text(), mine.text(), theirs.text());

        assertThat(result)
                .isEqualTo(
                        new MergeResult.Clean(theirs.copy().set(30, 7, "mine").text()));
    }

    @Test
    void editsOfDifferentWordsOfOneParagraphCombine() {
        Body base = new Body();
        Body mine = base.copy().set(12, 3, "mine");
        Body theirs = base.copy().set(12, 30, "theirs").set(40, 1, "elsewhere");

        MergeResult result = WordMerge.merge(base.text(), mine.text(), theirs.text());

        assertThat(result)
                .isEqualTo(new MergeResult.Clean(base.copy()
                        .set(12, 3, "mine")
                        .set(12, 30, "theirs")
                        .set(40, 1, "elsewhere")
                        .text()));
    }

    @Test
    void paragraphsInsertedAndRemovedOnOneSideStayWithEditsOnTheOther() {
        Body base = new Body();
        Body mine = base.copy().set(0, 5, "first").set(59, 30, "last");
        Body theirs =
                base.copy().insert(0, "A new opening paragraph.").remove(20).insert(60, "A new closing one.");

        MergeResult result = WordMerge.merge(base.text(), mine.text(), theirs.text());

        assertThat(result)
                .isEqualTo(new MergeResult.Clean(
                        theirs.copy().set(1, 5, "first").set(59, 30, "last").text()));
    }

    @Test
    void differentEditsOfTheSameWordConflictWithTheWordsAroundIt() {
        Body base = new Body();
        Body mine = base.copy().set(25, 10, "MINE").set(50, 2, "clean");
        Body theirs = base.copy().set(25, 10, "THEIRS").set(5, 5, "also");

        MergeResult result = WordMerge.merge(base.text(), mine.text(), theirs.text());

        assertThat(result)
                .isEqualTo(new MergeResult.Conflicted(
                        List.of(new MergeResult.Conflict(
                                "p25w10", "MINE", "THEIRS", "p25w08 p25w09 ", " p25w11 p25w12")),
                        base.copy()
                                .set(25, 10, "MINE")
                                .set(50, 2, "clean")
                                .set(5, 5, "also")
                                .text()));
    }

    @Test
    void aConflictInTheFirstParagraphHasOnlyTheWordsBeforeItAsContext() {
        Body base = new Body();
        Body mine = base.copy().set(0, 1, "MINE");
        Body theirs = base.copy().set(0, 1, "THEIRS").set(30, 1, "other");

        MergeResult result = WordMerge.merge(base.text(), mine.text(), theirs.text());

        assertThat(result).isInstanceOf(MergeResult.Conflicted.class);
        MergeResult.Conflict conflict =
                ((MergeResult.Conflicted) result).conflicts().get(0);
        assertThat(conflict.before()).isEqualTo("p00w00 ");
        assertThat(conflict.after()).isEqualTo(" p00w02 p00w03");
    }

    /** Paragraphs of numbered words ({@code p07w12}), separated by blank lines. */
    private static final class Body {
        private final List<List<String>> paragraphs = new ArrayList<>();

        Body() {
            for (int p = 0; p < PARAGRAPHS; p++) {
                List<String> words = new ArrayList<>();
                for (int w = 0; w < WORDS; w++) {
                    words.add(String.format("p%02dw%02d", p, w));
                }
                paragraphs.add(words);
            }
        }

        private Body(List<List<String>> paragraphs) {
            paragraphs.forEach(words -> this.paragraphs.add(new ArrayList<>(words)));
        }

        Body copy() {
            return new Body(paragraphs);
        }

        Body set(int paragraph, int word, String text) {
            paragraphs.get(paragraph).set(word, text);
            return this;
        }

        Body insert(int paragraph, String text) {
            paragraphs.add(paragraph, new ArrayList<>(List.of(text)));
            return this;
        }

        Body remove(int paragraph) {
            paragraphs.remove(paragraph);
            return this;
        }

        String text() {
            return String.join(
                    "\n\n",
                    paragraphs.stream().map(words -> String.join(" ", words)).toList());
        }
    }
}
