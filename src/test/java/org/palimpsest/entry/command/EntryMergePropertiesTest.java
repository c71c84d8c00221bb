package org.palimpsest.entry.command;

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
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.HistoricalDate;

/**
 * The merge of a stale edit with the revision saved since, when the two do not touch: the editor retitles the entry
 * and edits one stretch of the body, the other revision re-dates it and edits a stretch further on (or before), with
 * at least one base word between the stretches.
 */
class EntryMergePropertiesTest {

    private static final HistoricalDate REDATED = HistoricalDate.parse("1951 Jan 4");

    @Property(tries = 300)
    void mergingTwoEditsThatDoNotTouchEqualsApplyingThemOneAfterTheOtherInEitherOrder(
            @ForAll("apartEdits") Apart edits) {
        EntryContent base = content("Battle of Seoul", HistoricalDate.parse("1950 Jun 28"), edits.base());
        EntryContent mine = content("Second Battle of Seoul", base.date(), edits.mine());
        EntryContent theirs = content(base.title(), REDATED, edits.theirs());
        EntryContent both = content(mine.title(), theirs.date(), edits.both());

        assertThat(appliedTo(theirs, EntryMerge.merge(base, mine, theirs))).isEqualTo(both);
        assertThat(appliedTo(mine, EntryMerge.merge(base, theirs, mine))).isEqualTo(both);
    }

    @Provide
    Arbitrary<Apart> apartEdits() {
        return Arbitraries.integers()
                .between(3, 30)
                .flatMap(size -> Arbitraries.integers()
                        .between(0, size - 1)
                        .flatMap(gap -> Combinators.combine(
                                        stretch(0, gap, "mine"),
                                        stretch(gap + 1, size, "theirs"),
                                        Arbitraries.of(true, false))
                                .as((left, right, mineFirst) ->
                                        mineFirst ? new Apart(size, left, right) : new Apart(size, right, left))));
    }

    private static EntryContent appliedTo(EntryContent current, EditMerge merge) {
        assertThat(merge).isInstanceOf(EditMerge.Clean.class);
        return ((EditMerge.Clean) merge).edit().applyTo(current);
    }

    private static EntryContent content(String title, HistoricalDate date, String body) {
        return new EntryContent(title, "Korean War", date, null, null, body, List.of());
    }

    /** Base words [start, end) within [min, max] replaced by 0 to 3 words named {@code prefix}0, 1, … */
    private static Arbitrary<Stretch> stretch(int min, int max, String prefix) {
        return Arbitraries.integers()
                .between(min, max)
                .flatMap(start -> Combinators.combine(
                                Arbitraries.integers().between(start, max),
                                Arbitraries.integers().between(0, 3))
                        .as((end, count) -> new Stretch(
                                start,
                                end,
                                IntStream.range(0, count)
                                        .mapToObj(i -> prefix + i)
                                        .toList()))
                        .filter(stretch -> stretch.start() < stretch.end()
                                || !stretch.words().isEmpty()));
    }

    record Apart(int size, Stretch mineEdit, Stretch theirEdit) {

        String base() {
            return String.join(" ", words());
        }

        String mine() {
            return String.join(" ", mineEdit.applyTo(words()));
        }

        String theirs() {
            return String.join(" ", theirEdit.applyTo(words()));
        }

        String both() {
            Stretch later = mineEdit.start() > theirEdit.start() ? mineEdit : theirEdit;
            Stretch earlier = later == mineEdit ? theirEdit : mineEdit;
            return String.join(" ", earlier.applyTo(later.applyTo(words())));
        }

        private List<String> words() {
            return IntStream.range(0, size).mapToObj(i -> "w" + i).toList();
        }
    }

    record Stretch(int start, int end, List<String> words) {

        List<String> applyTo(List<String> text) {
            List<String> edited = new ArrayList<>(text.subList(0, start));
            edited.addAll(words);
            edited.addAll(text.subList(end, text.size()));
            return edited;
        }
    }
}
