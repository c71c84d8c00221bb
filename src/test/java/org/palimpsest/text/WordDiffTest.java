package org.palimpsest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.text.WordOp.delete;
import static org.palimpsest.text.WordOp.equal;
import static org.palimpsest.text.WordOp.insert;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void aTextIsCutIntoWordsWhitespaceRunsAndSinglePunctuation() {
        assertThat(WordDiff.tokens("Seoul fell,  again!\n"))
                .containsExactly("Seoul", " ", "fell", ",", "  ", "again", "!", "\n");
    }

    @Test
    void everyCjkCharacterIsAWordOfItsOwn() {
        assertThat(WordDiff.tokens("朝鮮戦争 war")).containsExactly("朝", "鮮", "戦", "争", " ", "war");
    }

    @Test
    void anEmojiIsOneTokenAndNeverSplitsItsSurrogatePair() {
        assertThat(WordDiff.tokens("a😀😀b")).containsExactly("a", "😀", "😀", "b");
    }

    @Test
    void theEmptyTextHasNoTokens() {
        assertThat(WordDiff.tokens("")).isEmpty();
    }

    @Test
    void aReplacedWordIsDeletedThenInsertedBetweenEqualRuns() {
        assertThat(WordDiff.between("The army crossed the river.", "The army forded the river."))
                .containsExactly(equal("The army "), delete("crossed"), insert("forded"), equal(" the river."));
    }

    @Test
    void twoReplacedWordsApartByASpaceAreOneDeleteAndOneInsert() {
        assertThat(WordDiff.between("held in August 1950", "held in early September 1950"))
                .containsExactly(equal("held in "), delete("August"), insert("early September"), equal(" 1950"));
        assertThat(WordDiff.between("a b c d e", "a b c q r"))
                .containsExactly(equal("a b c "), delete("d e"), insert("q r"));
    }

    @Test
    void anInsertedPhraseIsOneInsertRun() {
        assertThat(WordDiff.between("Seoul fell.", "Seoul fell again in 1951."))
                .containsExactly(equal("Seoul fell"), insert(" again in 1951"), equal("."));
    }

    @Test
    void aDeletedPhraseIsOneDeleteRun() {
        assertThat(WordDiff.between("Seoul fell again in 1951.", "Seoul fell."))
                .containsExactly(equal("Seoul fell"), delete(" again in 1951"), equal("."));
    }

    @Test
    void equalTextsAreOneEqualRun() {
        assertThat(WordDiff.between("Same text.", "Same text.")).containsExactly(equal("Same text."));
    }

    @Test
    void twoEmptyTextsHaveNoOps() {
        assertThat(WordDiff.between("", "")).isEmpty();
    }

    @Test
    void fromNothingEverythingIsInserted() {
        assertThat(WordDiff.between("", "New text")).containsExactly(insert("New text"));
    }

    @Test
    void aChangedEmojiIsReplacedWhole() {
        assertThat(WordDiff.between("x 😀 y", "x 😁 y"))
                .containsExactly(equal("x "), delete("😀"), insert("😁"), equal(" y"));
    }

    @Test
    void aOneWordEditOfAVeryLongTextIsStillAWordDiff() {
        String start = "Seoul fell. ".repeat(5_000);
        String end = " The war went on. ".repeat(5_000);

        assertThat(WordDiff.between(start + "crossed" + end, start + "forded" + end))
                .containsExactly(equal(start), delete("crossed"), insert("forded"), equal(end));
    }

    @Test
    void aLongTextRewrittenThroughoutIsDiffedBySentences() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            before.append("Sentence ").append(i).append(" stays. ");
            after.append("Sentence ").append(i).append(i % 2 == 0 ? " stays. " : " changed. ");
        }
        List<WordOp> ops = WordDiff.between(before.toString(), after.toString());

        assertThat(ops.subList(0, 4))
                .containsExactly(
                        equal("Sentence 0 stays. Sentence 1 "),
                        delete("stays."),
                        insert("changed."),
                        equal(" Sentence 2 stays. "));
        assertThat(ops.subList(4, 6)).containsExactly(delete("Sentence 3 stays."), insert("Sentence 3 changed."));
        assertThat(join(ops, WordOp.Kind.INSERT)).isEqualTo(after.toString());
        assertThat(join(ops, WordOp.Kind.DELETE)).isEqualTo(before.toString());
    }

    @Property(tries = 300)
    void theTokensJoinedGiveTheTextBack(@ForAll("texts") String text) {
        assertThat(String.join("", WordDiff.tokens(text))).isEqualTo(text);
    }

    @Property(tries = 300)
    void equalAndInsertedRunsGiveTheNewTextAndEqualAndDeletedRunsTheOldOne(
            @ForAll("texts") String before, @ForAll("texts") String after) {
        List<WordOp> ops = WordDiff.between(before, after);
        assertThat(join(ops, WordOp.Kind.INSERT)).isEqualTo(after);
        assertThat(join(ops, WordOp.Kind.DELETE)).isEqualTo(before);
        for (int i = 1; i < ops.size(); i++) {
            assertThat(ops.get(i).op()).isNotEqualTo(ops.get(i - 1).op());
        }
        assertThat(ops).allSatisfy(op -> assertThat(op.text()).isNotEmpty());
    }

    private static String join(List<WordOp> ops, WordOp.Kind side) {
        return ops.stream()
                .filter(op -> op.op() == WordOp.Kind.EQUAL || op.op() == side)
                .map(WordOp::text)
                .collect(Collectors.joining());
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of(
                "the", "army", "Seoul", "fell", "1950", "朝鮮", "戦争", "😀", "👍🏽", "e\u0301", "naïve", "𝔸");
        Arbitrary<String> separators = Arbitraries.of(" ", "  ", "\n", "\n\n", ", ", ". ", "!", "\t", "");
        return Arbitraries.oneOf(
                Arbitraries.strings()
                        .withCharRange('a', 'e')
                        .withChars(' ', ',', '\n', '中', '文')
                        .withChars("😀🎉".toCharArray())
                        .ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.oneOf(words, separators).list().ofMaxSize(25).map(parts -> String.join("", parts)));
    }
}
