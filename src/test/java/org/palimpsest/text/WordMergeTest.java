package org.palimpsest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordMergeTest {

    @Test
    void editsOfDifferentWordsCombine() {
        MergeResult result = WordMerge.merge(
                "Hannibal crossed the Alps in winter.",
                "Hannibal famously crossed the Alps in winter.",
                "Hannibal crossed the Alps in late autumn.");

        assertThat(result).isEqualTo(new MergeResult.Clean("Hannibal famously crossed the Alps in late autumn."));
    }

    @Test
    void theSameEditOnBothSidesIsClean() {
        MergeResult result = WordMerge.merge("the old text", "the new text", "the new text");

        assertThat(result).isEqualTo(new MergeResult.Clean("the new text"));
    }

    @Test
    void anEditOnOneSideOnlyIsTaken() {
        assertThat(WordMerge.merge("a b c", "a b c", "a x c")).isEqualTo(new MergeResult.Clean("a x c"));
        assertThat(WordMerge.merge("a b c", "a y c", "a b c")).isEqualTo(new MergeResult.Clean("a y c"));
    }

    @Test
    void differentEditsOfTheSameWordConflictWithTheExactChunksAndTheEditorsTextInPlace() {
        MergeResult result = WordMerge.merge(
                "one two three four five six", "one two THREE four five six", "one two 3 four five six");

        assertThat(result)
                .isEqualTo(new MergeResult.Conflicted(
                        List.of(new MergeResult.Conflict("three", "THREE", "3", "one two ", " four five")),
                        "one two THREE four five six"));
    }

    @Test
    void aConflictNextToACleanEditKeepsBoth() {
        MergeResult result = WordMerge.merge(
                "alpha beta gamma delta epsilon zeta eta",
                "alpha BETA gamma delta epsilon zeta eta",
                "alpha b gamma delta epsilon zeta ETA");

        assertThat(result)
                .isEqualTo(new MergeResult.Conflicted(
                        List.of(new MergeResult.Conflict("beta", "BETA", "b", "alpha ", " gamma delta")),
                        "alpha BETA gamma delta epsilon zeta ETA"));
    }

    @Test
    void differentInsertionsAtTheSamePlaceConflictWithAnEmptyBase() {
        MergeResult result = WordMerge.merge(
                "The attack began in October.",
                "The attack began in late October.",
                "The attack began in mid October.");

        assertThat(result)
                .isEqualTo(new MergeResult.Conflicted(
                        List.of(new MergeResult.Conflict("", "late", "mid", "began in ", " October.")),
                        "The attack began in late October."));
    }

    @Test
    void differentAppendsAtTheEndSharingTheirFirstWordsConflictAfterWhatTheyShare() {
        MergeResult result = WordMerge.merge("start", "start\neditor 0\n", "start\neditor 1\n");

        assertThat(result)
                .isEqualTo(new MergeResult.Conflicted(
                        List.of(new MergeResult.Conflict("", "0", "1", "start\neditor ", "\n")), "start\neditor 0\n"));
    }

    @Test
    void aConflictsBaseIsWhatTheSidesReplacedEvenWhenTheyShareTheirFirstWords() {
        MergeResult result = WordMerge.merge("one x two", "one a b two", "one a c two");

        assertThat(result)
                .isEqualTo(new MergeResult.Conflicted(
                        List.of(new MergeResult.Conflict("x", "b", "c", "one a ", " two")), "one a b two"));
    }

    @Test
    void aWordDeletedOnOneSideAndChangedOnTheOtherConflicts() {
        MergeResult result = WordMerge.merge("one two three", "one three", "one 2 three");

        assertThat(result)
                .isEqualTo(new MergeResult.Conflicted(
                        List.of(new MergeResult.Conflict("two ", "", "2 ", "one ", "three")), "one three"));
    }

    @Test
    void surrogatePairsStayWhole() {
        MergeResult clean = WordMerge.merge("🏛 Rome 🏺 fell", "🏛 Rome 🏺 fell 🔥", "⚔ 🏛 Rome 🏺 fell");
        MergeResult conflicted = WordMerge.merge("a 🏛 b", "a 🏺 b", "a 🔥 b");

        assertThat(clean).isEqualTo(new MergeResult.Clean("⚔ 🏛 Rome 🏺 fell 🔥"));
        assertThat(conflicted)
                .isEqualTo(new MergeResult.Conflicted(
                        List.of(new MergeResult.Conflict("🏛", "🏺", "🔥", "a ", " b")), "a 🏺 b"));
    }
}
