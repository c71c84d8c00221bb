package org.palimpsest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** For any two versions of a body edited at random, the review diffs rebuild both of them. */
class EditSequenceDiffPropertiesTest {

    @Property(tries = 300)
    void theWordDiffOfAnyTwoVersionsRebuildsBoth(
            @ForAll("versions") List<String> versions,
            @ForAll @IntRange(max = 100) int from,
            @ForAll @IntRange(max = 100) int to) {
        String before = versions.get(from % versions.size());
        String after = versions.get(to % versions.size());

        List<WordOp> ops = WordDiff.between(before, after);

        assertThat(join(ops, WordOp.Kind.DELETE)).isEqualTo(before);
        assertThat(join(ops, WordOp.Kind.INSERT)).isEqualTo(after);
    }

    @Property(tries = 300)
    void theParagraphDiffOfAnyTwoVersionsRebuildsEveryParagraphOfBothOnce(
            @ForAll("versions") List<String> versions,
            @ForAll @IntRange(max = 100) int from,
            @ForAll @IntRange(max = 100) int to) {
        String before = versions.get(from % versions.size());
        String after = versions.get(to % versions.size());
        List<String> oldParagraphs = ParagraphDiff.paragraphs(before);
        List<String> newParagraphs = ParagraphDiff.paragraphs(after);
        String[] old = new String[oldParagraphs.size()];
        String[] now = new String[newParagraphs.size()];

        for (ParagraphOp op : ParagraphDiff.between(before, after)) {
            if (op instanceof ParagraphOp.Equal equal) {
                once(old, equal.from(), equal.text());
                once(now, equal.to(), equal.text());
            } else if (op instanceof ParagraphOp.Delete delete) {
                once(old, delete.from(), delete.text());
            } else if (op instanceof ParagraphOp.Insert insert) {
                once(now, insert.to(), insert.text());
            } else if (op instanceof ParagraphOp.Change change) {
                once(old, change.from(), join(change.changes(), WordOp.Kind.DELETE));
                once(now, change.to(), join(change.changes(), WordOp.Kind.INSERT));
            } else if (op instanceof ParagraphOp.Move move) {
                once(
                        old,
                        move.from(),
                        move.changes().isEmpty() ? move.text() : join(move.changes(), WordOp.Kind.DELETE));
                once(now, move.to(), move.text());
                if (!move.changes().isEmpty()) {
                    assertThat(join(move.changes(), WordOp.Kind.INSERT)).isEqualTo(move.text());
                }
            }
        }

        assertThat(old).containsExactlyElementsOf(oldParagraphs);
        assertThat(now).containsExactlyElementsOf(newParagraphs);
    }

    @Provide
    Arbitrary<List<String>> versions() {
        return EditSequences.versions();
    }

    private static void once(String[] paragraphs, int index, String text) {
        assertThat(paragraphs[index]).as("paragraph %d given twice", index).isNull();
        paragraphs[index] = text;
    }

    static String join(List<WordOp> ops, WordOp.Kind side) {
        return ops.stream()
                .filter(op -> op.op() == WordOp.Kind.EQUAL || op.op() == side)
                .map(WordOp::text)
                .collect(Collectors.joining());
    }
}
