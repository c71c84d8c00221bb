package org.palimpsest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Three-way merges of random edits of a base text of distinct words. Each edit replaces a run of base words (perhaps
 * none: an insertion; perhaps by none: a deletion) with words of its own, so that where each edit is and what it wrote
 * can be told apart in any result.
 */
class WordMergePropertiesTest {

    @Property(tries = 500)
    void mergingTwoEditsThatDoNotTouchEqualsApplyingThemOneAfterTheOtherInEitherOrder(
            @ForAll("apartEdits") Scenario scenario) {
        String expected = scenario.bothApplied();

        assertThat(WordMerge.merge(scenario.base(), scenario.mine(), scenario.theirs()))
                .isEqualTo(new MergeResult.Clean(expected));
        assertThat(WordMerge.merge(scenario.base(), scenario.theirs(), scenario.mine()))
                .isEqualTo(new MergeResult.Clean(expected));
    }

    @Property(tries = 500)
    void aMergeNeverDropsAWordTheEditorWrote(@ForAll("anyEdits") Scenario scenario) {
        MergeResult merged = WordMerge.merge(scenario.base(), scenario.mine(), scenario.theirs());

        String text = merged instanceof MergeResult.Clean clean
                ? clean.text()
                : ((MergeResult.Conflicted) merged).textWithMine();
        assertThat(WordDiff.tokens(text)).containsAll(scenario.first().words());
    }

    @Provide
    Arbitrary<Scenario> apartEdits() {
        return Arbitraries.integers()
                .between(3, 30)
                .flatMap(size -> Arbitraries.integers()
                        .between(0, size - 1)
                        .flatMap(gapAt -> Combinators.combine(
                                        edit(0, gapAt, "a"), edit(gapAt + 1, size, "b"), Arbitraries.of(true, false))
                                .as((left, right, leftIsMine) -> leftIsMine
                                        ? new Scenario(size, left, right)
                                        : new Scenario(size, right, left))));
    }

    @Provide
    Arbitrary<Scenario> anyEdits() {
        return Arbitraries.integers()
                .between(1, 30)
                .flatMap(size -> Combinators.combine(edit(0, size, "a"), edit(0, size, "b"))
                        .as((mine, theirs) -> new Scenario(size, mine, theirs)));
    }

    /** An edit of base words [start, end) within [min, max], by new words named {@code prefix}0, 1, … */
    private static Arbitrary<Edit> edit(int min, int max, String prefix) {
        return Arbitraries.integers()
                .between(min, max)
                .flatMap(start -> Combinators.combine(
                                Arbitraries.integers().between(start, max),
                                Arbitraries.integers().between(0, 3))
                        .as((end, count) -> new Edit(
                                start,
                                end,
                                IntStream.range(0, count)
                                        .mapToObj(i -> prefix + i)
                                        .toList()))
                        .filter(edit ->
                                edit.start() < edit.end() || !edit.words().isEmpty()));
    }

    /** Base words w0 … w(size−1), the editor's edit ({@code first}) and the other revision's ({@code second}). */
    record Scenario(int size, Edit first, Edit second) {

        String base() {
            return render(baseWords());
        }

        String mine() {
            return render(first.applyTo(baseWords()));
        }

        String theirs() {
            return render(second.applyTo(baseWords()));
        }

        /** Both edits, the later one in the text first so the earlier one's positions still hold. */
        String bothApplied() {
            Edit later = first.start() > second.start() ? first : second;
            Edit earlier = later == first ? second : first;
            return render(earlier.applyTo(later.applyTo(baseWords())));
        }

        private List<String> baseWords() {
            return IntStream.range(0, size).mapToObj(i -> "w" + i).toList();
        }

        private static String render(List<String> words) {
            return String.join(" ", words);
        }
    }

    record Edit(int start, int end, List<String> words) {

        List<String> applyTo(List<String> text) {
            List<String> edited = new ArrayList<>(text.subList(0, start));
            edited.addAll(words);
            edited.addAll(text.subList(end, text.size()));
            return edited;
        }
    }
}
