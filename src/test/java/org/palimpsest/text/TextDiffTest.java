package org.palimpsest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;
import org.palimpsest.system.axon.AxonObjectMapper;
import org.palimpsest.text.TextPatch.Hunk;

class TextDiffTest {

    /** Axon's and the read models' mapper: a patch's derived "empty" flag is ignored on reading. */
    private static final ObjectMapper JSON = AxonObjectMapper.create();

    /**
     * Plain Jackson writes every surrogate as a \\u escape, so a JSON round trip alone cannot notice a split pair;
     * this one writes pairs as real UTF-8 (as BSON stores them) and can escape only lone halves.
     */
    private static final ObjectMapper UTF8_JSON = AxonObjectMapper.create()
            .rebuild()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    @Test
    void anInsertionAtTheStartIsOneHunkAtZeroThatDeletesNothing() {
        TextPatch patch = TextDiff.between("world", "hello world");

        assertThat(patch).isEqualTo(new TextPatch(5, List.of(new Hunk(0, "", "hello "))));
    }

    @Test
    void aDeletionAtTheEndIsOneHunkThatInsertsNothing() {
        TextPatch patch = TextDiff.between("hello world", "hello");

        assertThat(patch).isEqualTo(new TextPatch(11, List.of(new Hunk(5, " world", ""))));
    }

    @Test
    void replacingAWordIsOneHunkHoldingTheOldAndTheNewWord() {
        TextPatch patch = TextDiff.between("the quick fox", "the slow fox");

        assertThat(patch).isEqualTo(new TextPatch(13, List.of(new Hunk(4, "quick", "slow"))));
    }

    @Test
    void identicalTextsGiveAnEmptyPatch() {
        TextPatch patch = TextDiff.between("unchanged", "unchanged");

        assertThat(patch.hunks()).isEmpty();
        assertThat(patch.isEmpty()).isTrue();
        assertThat(patch.baseLength()).isEqualTo(9);
    }

    @Test
    void twoSeparateEditsGiveTwoHunksAtBasePositions() {
        TextPatch patch = TextDiff.between("one two three", "1 two 3");

        assertThat(patch.hunks()).containsExactly(new Hunk(0, "one", "1"), new Hunk(8, "three", "3"));
    }

    @Test
    void applyingAPatchReproducesTheResultByteForByte() {
        String base = "Paragraph one.\n\nParagraph two, with ünïcödé and 漢字.\r\n";
        String result = "Paragraph one, longer.\n\nParagraph two, with ünïcode and 漢字 and 😀.\n";

        String applied = TextDiff.between(base, result).applyTo(base);

        assertThat(applied.getBytes(StandardCharsets.UTF_8)).isEqualTo(result.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPatchAppliedToABaseOfAnotherLengthIsRefused() {
        TextPatch patch = TextDiff.between("the quick fox", "the slow fox");

        assertThatThrownBy(() -> patch.applyTo("the quick foxes"))
                .isInstanceOf(PatchMismatchException.class)
                .hasMessage("patch expects a base of 13 chars, got 15");
    }

    @Test
    void aPatchAppliedToABaseOfTheSameLengthButOtherTextIsRefused() {
        TextPatch patch = TextDiff.between("the quick fox", "the slow fox");

        assertThatThrownBy(() -> patch.applyTo("the brown fox"))
                .isInstanceOf(PatchMismatchException.class)
                .hasMessage("hunk at 4 does not match its base");
    }

    @Test
    void theInvertedPatchTurnsTheResultBackIntoTheBase() {
        String base = "one two three four";
        String result = "zero one 2 three";
        TextPatch patch = TextDiff.between(base, result);

        TextPatch inverse = patch.inverted();

        assertThat(inverse.baseLength()).isEqualTo(result.length());
        assertThat(inverse.applyTo(result)).isEqualTo(base);
    }

    @Test
    void aOneWordEditOfA20KbTextMakesAPatchUnder200BytesOfJson() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 20_000; i++) {
            text.append("Sentence number ").append(i).append(" of a long article about history.\n");
        }
        String base = text.toString();
        int middle = base.indexOf("Sentence number 200 ");
        String result = base.substring(0, middle) + "Statement" + base.substring(middle + "Sentence".length());

        byte[] json = JSON.writeValueAsBytes(TextDiff.between(base, result));

        assertThat(base.getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(20_000);
        assertThat(json.length).as(new String(json, StandardCharsets.UTF_8)).isLessThan(200);
    }

    @Test
    void replacingAnEmojiByOneSharingItsHighSurrogateGivesAHunkWithWholePairs() {
        // U+1F600 = D83D DE00, U+1F601 = D83D DE01: a char diff alone would change only the low half.
        String base = "smile \uD83D\uDE00 here";
        String result = "smile \uD83D\uDE01 here";

        TextPatch patch = TextDiff.between(base, result);

        assertThat(patch.hunks()).containsExactly(new Hunk(6, "\uD83D\uDE00", "\uD83D\uDE01"));
    }

    @Test
    void aPatchBetweenEmojiSharingAHighSurrogateSurvivesAUtf8JsonRoundTripByteExact() throws Exception {
        String base = "a\uD83D\uDE00b\uD83D\uDE02c";
        String result = "a\uD83D\uDE01b\uD83D\uDE03\uD83D\uDE04c";
        TextPatch patch = TextDiff.between(base, result);

        byte[] json = UTF8_JSON.writeValueAsBytes(patch);
        String decoded = StandardCharsets.UTF_8
                .newDecoder()
                .decode(ByteBuffer.wrap(json))
                .toString();
        TextPatch restored = UTF8_JSON.readValue(decoded.getBytes(StandardCharsets.UTF_8), TextPatch.class);

        assertThat(decoded).as("surrogates travel as UTF-8, not as \\u escapes").doesNotContainIgnoringCase("\\uD");
        assertThat(restored).isEqualTo(patch);
        assertThat(restored.applyTo(base).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(result.getBytes(StandardCharsets.UTF_8));
    }

    // ---- properties -------------------------------------------------------------------------------

    @Property(tries = 500)
    void applyingThePatchToTheBaseGivesTheResult(@ForAll("textPairs") Tuple2<String, String> pair) {
        String base = pair.get1();
        String result = pair.get2();

        assertThat(TextDiff.between(base, result).applyTo(base)).isEqualTo(result);
    }

    @Property(tries = 500)
    void patchesOfWellFormedTextsHoldNoLoneSurrogatesAndCutNoPair(@ForAll("textPairs") Tuple2<String, String> pair) {
        String base = pair.get1();
        TextPatch patch = TextDiff.between(base, pair.get2());

        for (Hunk hunk : patch.hunks()) {
            assertThat(isWellFormed(hunk.delete())).as("delete of %s", hunk).isTrue();
            assertThat(isWellFormed(hunk.insert())).as("insert of %s", hunk).isTrue();
            assertThat(splitsPair(base, hunk.at())).as("start of %s", hunk).isFalse();
            assertThat(splitsPair(base, hunk.at() + hunk.delete().length()))
                    .as("end of %s", hunk)
                    .isFalse();
        }
    }

    @Property(tries = 500)
    void theInvertedPatchTurnsEveryResultBackIntoItsBase(@ForAll("textPairs") Tuple2<String, String> pair) {
        String base = pair.get1();
        String result = pair.get2();

        TextPatch inverse = TextDiff.between(base, result).inverted();

        assertThat(inverse.applyTo(result)).isEqualTo(base);
    }

    @Property(tries = 300)
    void aPatchSurvivesAUtf8JsonRoundTrip(@ForAll("textPairs") Tuple2<String, String> pair) throws Exception {
        TextPatch patch = TextDiff.between(pair.get1(), pair.get2());

        byte[] json = UTF8_JSON.writeValueAsBytes(patch);
        TextPatch restored = UTF8_JSON.readValue(json, TextPatch.class);

        assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContainPattern("(?i)\\\\uD[89A-F]");
        assertThat(restored).isEqualTo(patch);
    }

    /** Pairs of texts: unrelated, or the second an edit of the first, over alphabets that share surrogate halves. */
    @Provide
    Arbitrary<Tuple2<String, String>> textPairs() {
        Arbitrary<Tuple2<String, String>> unrelated =
                Combinators.combine(texts(), texts()).as(Tuple::of);
        Arbitrary<Tuple2<String, String>> edited =
                texts().flatMap(base -> edits(base).map(result -> Tuple.of(base, result)));
        return Arbitraries.oneOf(unrelated, edited, edited);
    }

    private static Arbitrary<String> edits(String base) {
        int[] points = base.codePoints().toArray();
        Arbitrary<Integer> from = Arbitraries.integers().between(0, points.length);
        return Combinators.combine(from, from, texts()).as((a, b, insert) -> {
            int start = Math.min(a, b);
            int end = Math.max(a, b);
            return new String(points, 0, start) + insert + new String(points, end, points.length - end);
        });
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                        codePoints().list().ofMaxSize(40), codePoints().list().ofMaxSize(300))
                .map(TextDiffTest::string);
    }

    private static Arbitrary<Integer> codePoints() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of((int) 'a', (int) 'b', (int) ' ', (int) '\n', (int) '\r')),
                Tuple.of(3, Arbitraries.of(0x1F600, 0x1F601, 0x1F602, 0x20000, 0x20001, 0x1F1EB, 0x1F1F7)),
                Tuple.of(2, Arbitraries.of(0x0301, 0x0308, 0x00E9, 0x6F22, 0x5B57)),
                Tuple.of(1, Arbitraries.integers().between(0x20, 0xD7FF)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF)));
    }

    private static String string(List<Integer> codePoints) {
        return new String(codePoints.stream().mapToInt(Integer::intValue).toArray(), 0, codePoints.size());
    }

    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean splitsPair(String text, int index) {
        return index > 0
                && index < text.length()
                && Character.isHighSurrogate(text.charAt(index - 1))
                && Character.isLowSurrogate(text.charAt(index));
    }
}
