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

class ParagraphDiffTest {

    private static final String LANDING = "The landing at Inchon began on 15 September.";
    private static final String SEOUL = "Seoul was retaken on 28 September after street fighting.";
    private static final String PUSAN = "The Pusan Perimeter held through August.";

    private static String body(String... paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    @Test
    void paragraphsAreThePartsBetweenBlankLinesWithoutTheBlankLines() {
        assertThat(ParagraphDiff.paragraphs("\nOne\nstill one\n\n  \n\nTwo\r\n\r\nThree  \n"))
                .containsExactly("One\nstill one", "Two", "Three");
    }

    @Test
    void similarityIsTheSharedWordsOverTheWordsOfTheLongerParagraph() {
        assertThat(ParagraphDiff.similarity("a b c d", "a b x")).isEqualTo(0.5);
        assertThat(ParagraphDiff.similarity("a, b.", "b a")).isEqualTo(1.0);
        assertThat(ParagraphDiff.similarity("a a b", "a b b")).isEqualTo(2.0 / 3);
        assertThat(ParagraphDiff.similarity("one", "two")).isZero();
    }

    @Test
    void equalTextsAreEqualParagraphsOnly() {
        assertThat(ParagraphDiff.between(body(LANDING, SEOUL), body(LANDING, SEOUL)))
                .containsExactly(new Equal(0, 0, LANDING), new Equal(1, 1, SEOUL));
    }

    @Test
    void aParagraphMovedUnchangedIsOneMoveWithoutChanges() {
        assertThat(ParagraphDiff.between(body(PUSAN, LANDING, SEOUL), body(LANDING, SEOUL, PUSAN)))
                .containsExactly(new Equal(1, 0, LANDING), new Equal(2, 1, SEOUL), new Move(0, 2, PUSAN, List.of()));
    }

    @Test
    void aParagraphMovedAndEditedIsOneMoveWithItsWordChanges() {
        String edited = "The Pusan Perimeter held through August and early September.";
        assertThat(ParagraphDiff.between(body(PUSAN, LANDING, SEOUL), body(LANDING, SEOUL, edited)))
                .containsExactly(
                        new Equal(1, 0, LANDING),
                        new Equal(2, 1, SEOUL),
                        new Move(
                                0,
                                2,
                                edited,
                                List.of(
                                        equal("The Pusan Perimeter held through August"),
                                        insert(" and early September"),
                                        equal("."))));
    }

    @Test
    void aDeletedParagraphAndAnUnrelatedInsertedOneAreNoMove() {
        String armistice = "An armistice was signed at Panmunjom in July 1953.";
        assertThat(ParagraphDiff.between(body(PUSAN, LANDING, SEOUL), body(LANDING, SEOUL, armistice)))
                .containsExactly(
                        new Delete(0, PUSAN),
                        new Equal(1, 0, LANDING),
                        new Equal(2, 1, SEOUL),
                        new Insert(2, armistice));
    }

    @Test
    void aParagraphEditedInPlaceIsAChangeWithItsWordChanges() {
        String edited = "The landing at Inchon began on 15 September 1950.";
        assertThat(ParagraphDiff.between(body(LANDING, SEOUL), body(edited, SEOUL)))
                .containsExactly(
                        new Change(
                                0,
                                0,
                                List.of(
                                        equal("The landing at Inchon began on 15 September"),
                                        insert(" 1950"),
                                        equal("."))),
                        new Equal(1, 1, SEOUL));
    }

    @Test
    void aParagraphReplacedInPlaceByAnUnlikeOneIsADeleteAndAnInsert() {
        assertThat(ParagraphDiff.between(body(LANDING, SEOUL), body(PUSAN, SEOUL)))
                .containsExactly(new Delete(0, LANDING), new Insert(0, PUSAN), new Equal(1, 1, SEOUL));
    }

    @Test
    void aParagraphJustOverTheThresholdIsAMoveAndOneAtItIsNot() {
        // 3 of 5 words shared (0.6) is alike; 2 of 5 (0.4) is not: the threshold is exclusive
        assertThat(ParagraphDiff.between(body("a b c d e", "x"), body("x", "a b c q r")))
                .containsExactly(
                        new Equal(1, 0, "x"),
                        new Move(0, 1, "a b c q r", List.of(equal("a b c "), delete("d e"), insert("q r"))));
        assertThat(ParagraphDiff.between(body("a b c d e", "x"), body("x", "a b p q r")))
                .containsExactly(new Delete(0, "a b c d e"), new Equal(1, 0, "x"), new Insert(1, "a b p q r"));
    }

    @Test
    void everythingIsInsertedIntoAnEmptyText() {
        assertThat(ParagraphDiff.between("", body(LANDING, SEOUL)))
                .containsExactly(new Insert(0, LANDING), new Insert(1, SEOUL));
    }
}
