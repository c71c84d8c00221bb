package org.palimpsest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BlameTest {

    @Test
    void theFirstRevisionWritesTheWholeText() {
        assertThat(Blame.first("The ridge was taken.", 1).spans())
                .containsExactly(new BlameSpan("The ridge was taken.", 1));
    }

    @Test
    void anInsertedWordIsCreditedToItsRevisionAndTheRestKeepsItsAuthor() {
        Blame blame =
                Blame.first("The ridge was taken in October.", 1).revised("The ridge was finally taken in October.", 2);

        assertThat(blame.spans())
                .containsExactly(
                        new BlameSpan("The ridge was ", 1),
                        new BlameSpan("finally ", 2),
                        new BlameSpan("taken in October.", 1));
    }

    @Test
    void aSentenceDeletedAndPutBackIsCreditedToWhoFirstWroteIt() {
        Blame blame = Blame.first("The ridge was taken.", 1)
                .revised("The ridge was taken. Losses were heavy.", 2)
                .revised("The ridge was taken.", 3)
                .revised("The ridge was taken. Losses were heavy.", 4);

        assertThat(blame.spans())
                .containsExactly(new BlameSpan("The ridge was taken.", 1), new BlameSpan(" Losses were heavy.", 2));
    }

    @Test
    void aParagraphRetypedRevisionsLaterIsCreditedToItsFirstAuthor() {
        Blame blame = Blame.first("Intro.\n\nThe line held for three days.", 1)
                .revised("Intro.", 2)
                .revised("Intro, rewritten.", 3)
                .revised("Intro, rewritten.\n\nThe line held for three days.", 4);

        assertThat(blame.spans())
                .containsExactly(
                        new BlameSpan("Intro", 1),
                        new BlameSpan(", rewritten", 3),
                        new BlameSpan(".", 1),
                        new BlameSpan("\n\n", 4),
                        new BlameSpan("The line held for three days.", 1));
    }

    @Test
    void aMovedParagraphKeepsItsAuthor() {
        Blame blame = Blame.first("First paragraph here.\n\nSecond one.", 1)
                .revised("Second one.\n\nFirst paragraph here.\n\nA third.", 2);

        assertThat(blame.spans())
                .containsExactly(
                        new BlameSpan("Second one.\n\nFirst paragraph here.", 1), new BlameSpan("\n\nA third.", 2));
    }

    @Test
    void aReplacedWordIsTheNewRevisionsAndPuttingTheOldOneBackCreditsItsFirstAuthor() {
        Blame blame = Blame.first("The fight lasted three weeks.", 1).revised("The fight lasted four weeks.", 2);
        assertThat(blame.spans())
                .containsExactly(
                        new BlameSpan("The fight lasted ", 1), new BlameSpan("four", 2), new BlameSpan(" weeks.", 1));

        assertThat(blame.revised("The fight lasted three weeks.", 3).spans())
                .containsExactly(new BlameSpan("The fight lasted three weeks.", 1));
    }

    @Test
    void anEmptyTextHasNoSpansAndTextWrittenIntoItIsTheWritersRevision() {
        Blame empty = Blame.first("", 1);
        assertThat(empty.spans()).isEmpty();
        assertThat(empty.revised("Now some text.", 2).spans()).containsExactly(new BlameSpan("Now some text.", 2));
    }

    @Test
    void blameStoredAndReadBackGoesOnAsIfNeverStored() {
        Blame blame = Blame.first("The ridge was taken.", 1).revised("The ridge was taken. Losses were heavy.", 2);
        Blame stored = Blame.of(
                blame.text(),
                BlameCodec.spans(blame.text(), BlameCodec.spans(blame.spans())),
                BlameCodec.seen(BlameCodec.seen(blame.seen())));

        assertThat(stored.spans()).isEqualTo(blame.spans());
        assertThat(stored.revised("The ridge was taken.", 3)
                        .revised("The ridge was taken. Losses were heavy.", 4)
                        .spans())
                .containsExactly(new BlameSpan("The ridge was taken.", 1), new BlameSpan(" Losses were heavy.", 2));
    }

    @Property(tries = 300)
    void forAnySeriesOfEditsTheSpansJoinToTheTextAndNoTwoNeighboursShareARevision(@ForAll("edits") List<String> texts) {
        Blame blame = Blame.first(texts.get(0), 1);
        for (int i = 1; i < texts.size(); i++) {
            blame = blame.revised(texts.get(i), i + 1);
            assertJoins(blame, texts.get(i), i + 1);
        }
    }

    @Property(tries = 200)
    void forAnySeriesOfEditsBlameStoredAfterEachRevisionGivesTheSameSpans(@ForAll("edits") List<String> texts) {
        Blame kept = Blame.first(texts.get(0), 1);
        Blame stored = kept;
        for (int i = 1; i < texts.size(); i++) {
            kept = kept.revised(texts.get(i), i + 1);
            stored = Blame.of(
                            stored.text(),
                            BlameCodec.spans(stored.text(), BlameCodec.spans(stored.spans())),
                            BlameCodec.seen(BlameCodec.seen(stored.seen())))
                    .revised(texts.get(i), i + 1);
            assertThat(stored.spans()).isEqualTo(kept.spans());
        }
    }

    @Property(tries = 200)
    void forAnySeriesOfEditsBlameStoredAsWhatEachRevisionSawFirstGivesTheSameSpans(
            @ForAll("edits") List<String> texts) {
        Blame kept = Blame.first(texts.get(0), 1);
        Map<Long, long[]> seenFirstTogether = new HashMap<>(BlameCodec.seen(BlameCodec.seen(kept.seenFirst())));
        for (int i = 1; i < texts.size(); i++) {
            Blame stored = Blame.of(
                    kept.text(), BlameCodec.spans(kept.text(), BlameCodec.spans(kept.spans())), seenFirstTogether);
            Blame next = kept.revised(texts.get(i), i + 1);
            assertThat(stored.revised(texts.get(i), i + 1).spans()).isEqualTo(next.spans());
            assertThat(Collections.disjoint(
                            next.seenFirst().keySet(), kept.seen().keySet()))
                    .isTrue();
            BlameCodec.seen(BlameCodec.seen(next.seenFirst())).forEach(seenFirstTogether::putIfAbsent);
            assertThat(seenFirstTogether.keySet()).isEqualTo(next.seen().keySet());
            kept = next;
        }
    }

    @Property(tries = 200)
    void forAnySeriesOfEditsEachRevisionsSpansAreTheOnesBeforeWithTheirDelta(@ForAll("edits") List<String> texts) {
        Blame blame = Blame.first(texts.get(0), 1);
        long[] runs = BlameCodec.runs(BlameCodec.spans(blame.spans()));
        for (int i = 1; i < texts.size(); i++) {
            Blame revised = blame.revised(texts.get(i), i + 1);
            runs = BlameCodec.applyDelta(runs, BlameCodec.delta(blame.spans(), revised.spans()));
            assertThat(BlameCodec.spans(revised.text(), runs)).isEqualTo(revised.spans());
            blame = revised;
        }
    }

    @Test
    void aOneWordEditsSpanDeltaIsAFewBytesWhateverTheSpansAround() {
        Blame blame = Blame.first("a b c d e f g h i j k l m n o p q r s t u v w x y z", 1);
        for (int i = 0; i < 20; i++) {
            blame = blame.revised(blame.text().replaceFirst(" " + (char) ('b' + i) + " ", " B" + i + " "), i + 2);
        }
        Blame revised = blame.revised(blame.text().replace(" w ", " W "), 22);

        assertThat(blame.spans()).hasSizeGreaterThan(40);
        assertThat(BlameCodec.delta(blame.spans(), revised.spans())).hasSizeLessThan(10);
    }

    private static void assertJoins(Blame blame, String text, long newest) {
        StringBuilder joined = new StringBuilder();
        BlameSpan previous = null;
        for (BlameSpan span : blame.spans()) {
            assertThat(span.text()).isNotEmpty();
            assertThat(span.revision()).isBetween(1L, newest);
            if (previous != null) {
                assertThat(span.revision()).isNotEqualTo(previous.revision());
            }
            joined.append(span.text());
            previous = span;
        }
        assertThat(joined.toString()).isEqualTo(text);
    }

    /** A first text and a few revisions of it: words inserted, deleted, replaced, and earlier texts brought back. */
    @Provide
    Arbitrary<List<String>> edits() {
        Arbitrary<String> pieces = Arbitraries.of(
                "the", "army", "Seoul", "fell", "1950", "朝鮮", "😀", "e\u0301", " ", "  ", "\n", "\n\n", ", ", ". ",
                "!");
        Arbitrary<List<String>> text = pieces.list().ofMaxSize(30);
        Arbitrary<Edit> edit = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 40).flatMap(at -> pieces.map(piece -> new Edit(0, at, piece))),
                Arbitraries.integers().between(0, 40).map(at -> new Edit(1, at, null)),
                Arbitraries.integers().between(0, 40).flatMap(at -> pieces.map(piece -> new Edit(2, at, piece))),
                Arbitraries.integers().between(0, 10).map(back -> new Edit(3, back, null)),
                Arbitraries.strings().all().ofMaxLength(12).map(any -> new Edit(4, 0, any)));
        return text.flatMap(first -> edit.list().ofMinSize(1).ofMaxSize(12).map(series -> apply(first, series)));
    }

    private static List<String> apply(List<String> first, List<Edit> series) {
        List<List<String>> versions = new ArrayList<>();
        versions.add(first);
        List<String> pieces = new ArrayList<>(first);
        for (Edit edit : series) {
            int at = pieces.isEmpty() ? 0 : edit.at() % (pieces.size() + 1);
            switch (edit.kind()) {
                case 0 -> pieces.add(at, edit.piece());
                case 1 -> {
                    if (at < pieces.size()) {
                        pieces.remove(at);
                    }
                }
                case 2 -> {
                    if (at < pieces.size()) {
                        pieces.set(at, edit.piece());
                    } else {
                        pieces.add(edit.piece());
                    }
                }
                case 3 -> pieces = new ArrayList<>(versions.get(Math.max(0, versions.size() - 1 - edit.at())));
                default -> pieces = new ArrayList<>(List.of(edit.piece()));
            }
            versions.add(List.copyOf(pieces));
        }
        return versions.stream().map(version -> String.join("", version)).toList();
    }

    private record Edit(int kind, int at, String piece) {}
}
