package org.palimpsest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.palimpsest.text.TextPatch.Hunk;

/** Patches folded in one buffer give what applying them one after the other gives, and refuse what it refuses. */
class PatchedTextTest {

    @Property(tries = 300)
    void foldingTheRunOfPatchesOfAnyEditSequenceGivesEachVersion(@ForAll("versions") List<String> versions) {
        PatchedText text = new PatchedText(versions.get(0));

        for (int next = 1; next < versions.size(); next++) {
            text.apply(TextDiff.between(versions.get(next - 1), versions.get(next)));

            assertThat(text.toString()).isEqualTo(versions.get(next));
        }
    }

    @Test
    void hunksAreAppliedAtTheirPlacesInTheBase() {
        TextPatch patch = new TextPatch(11, List.of(new Hunk(0, "h", "H"), new Hunk(6, "world", "there, world")));

        assertThat(new PatchedText("hello world").apply(patch).toString())
                .isEqualTo("Hello there, world")
                .isEqualTo(patch.applyTo("hello world"));
    }

    @Test
    void aPatchForAnotherLengthIsRefusedAndChangesNothing() {
        PatchedText text = new PatchedText("hello world");

        assertThatThrownBy(() -> text.apply(new TextPatch(5, List.of(new Hunk(0, "h", "H")))))
                .isInstanceOf(PatchMismatchException.class)
                .hasMessageContaining("base of 5 chars, got 11");
        assertThat(text.toString()).isEqualTo("hello world");
    }

    @Test
    void aHunkThatDoesNotMatchItsBaseIsRefusedBeforeAnyHunkIsApplied() {
        PatchedText text = new PatchedText("hello world");
        TextPatch patch = new TextPatch(11, List.of(new Hunk(0, "h", "H"), new Hunk(6, "earth", "moon")));

        assertThatThrownBy(() -> text.apply(patch))
                .isInstanceOf(PatchMismatchException.class)
                .hasMessageContaining("hunk at 6");
        assertThat(text.toString()).isEqualTo("hello world");
    }

    @Test
    void hunksOutOfOrderOrRunningPastTheEndAreRefused() {
        PatchedText text = new PatchedText("hello world");

        assertThatThrownBy(() -> text.apply(new TextPatch(11, List.of(new Hunk(6, "w", "W"), new Hunk(0, "h", "H")))))
                .isInstanceOf(PatchMismatchException.class);
        assertThatThrownBy(() -> text.apply(new TextPatch(11, List.of(new Hunk(9, "ldx", "")))))
                .isInstanceOf(PatchMismatchException.class);
        assertThat(text.toString()).isEqualTo("hello world");
    }

    @Provide
    Arbitrary<List<String>> versions() {
        return EditSequences.versions();
    }
}
