package org.palimpsest.entry.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.text.EditSequences;
import org.palimpsest.text.ParagraphDiff;

/**
 * The structured diff the API answers, for any two revisions of an entry whose title and body were edited at random:
 * it rebuilds both sides of every text field. A paragraph moved unchanged is answered as a bare move (no text, by the
 * API's shape), so there the property is that the two paragraphs it names are the same.
 */
class EntryDiffPropertiesTest {

    @Property(tries = 200)
    void theDiffOfAnyTwoRevisionsRebuildsTheTitleAndBodyOfBoth(
            @ForAll("versions") List<String> versions,
            @ForAll @IntRange(max = 100) int from,
            @ForAll @IntRange(max = 100) int to) {
        EntryContent before = content(versions.get(from % versions.size()));
        EntryContent after = content(versions.get(to % versions.size()));

        List<FieldDiff> diff = EntryDiff.between(before, after);

        if (before.equals(after)) {
            assertThat(diff).isEmpty();
        }
        for (FieldDiff field : diff) {
            if (field instanceof FieldDiff.Text text) {
                assertThat(text.field()).isEqualTo("title");
                assertThat(join(text.ops(), "delete")).isEqualTo(before.title());
                assertThat(join(text.ops(), "insert")).isEqualTo(after.title());
            } else if (field instanceof FieldDiff.Paragraphs body) {
                assertThat(body.field()).isEqualTo("body");
                rebuildsBoth(body.paragraphs(), before.body(), after.body());
            }
        }
        assertThat(diff.stream().map(FieldDiff::field)).containsExactlyElementsOf(changedTexts(before, after));
    }

    @Provide
    Arbitrary<List<String>> versions() {
        return EditSequences.versions();
    }

    /** The title is the body's first line, so both change together or not, in the model's order. */
    private static List<String> changedTexts(EntryContent before, EntryContent after) {
        return Stream.of(
                        before.title().equals(after.title()) ? null : "title",
                        before.body().equals(after.body()) ? null : "body")
                .filter(Objects::nonNull)
                .toList();
    }

    private static void rebuildsBoth(List<FieldDiff.ParagraphView> ops, String before, String after) {
        List<String> oldParagraphs = ParagraphDiff.paragraphs(before);
        List<String> newParagraphs = ParagraphDiff.paragraphs(after);
        String[] old = new String[oldParagraphs.size()];
        String[] now = new String[newParagraphs.size()];
        for (FieldDiff.ParagraphView op : ops) {
            switch (op.op()) {
                case "equal" -> {
                    old[op.from()] = op.text();
                    now[op.to()] = op.text();
                }
                case "delete" -> old[op.from()] = op.text();
                case "insert" -> now[op.to()] = op.text();
                case "change", "move" -> {
                    if (op.changes().isEmpty()) {
                        assertThat(op.op()).isEqualTo("move");
                        assertThat(oldParagraphs.get(op.from())).isEqualTo(newParagraphs.get(op.to()));
                        old[op.from()] = oldParagraphs.get(op.from());
                        now[op.to()] = newParagraphs.get(op.to());
                    } else {
                        old[op.from()] = join(op.changes(), "delete");
                        now[op.to()] = join(op.changes(), "insert");
                    }
                }
                default -> throw new AssertionError("unknown paragraph op " + op.op());
            }
        }
        assertThat(old).containsExactlyElementsOf(oldParagraphs);
        assertThat(now).containsExactlyElementsOf(newParagraphs);
    }

    private static EntryContent content(String body) {
        String title = body.isEmpty() ? "Untitled" : body.lines().findFirst().orElseThrow();
        return new EntryContent(title, "Korean War", HistoricalDate.parse("1950"), null, null, body, List.of());
    }

    private static String join(List<FieldDiff.WordOpView> ops, String side) {
        return ops.stream()
                .filter(op -> op.op().equals("equal") || op.op().equals(side))
                .map(FieldDiff.WordOpView::text)
                .collect(Collectors.joining());
    }
}
