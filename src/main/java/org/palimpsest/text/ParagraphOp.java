package org.palimpsest.text;

import java.util.List;

/**
 * One paragraph of a {@link ParagraphDiff}. {@code from} is the paragraph's index (0-based) in the old text,
 * {@code to} in the new one.
 */
public sealed interface ParagraphOp {

    /** Unchanged, in the same order. */
    record Equal(int from, int to, String text) implements ParagraphOp {}

    /** Only in the old text, and like no inserted paragraph. */
    record Delete(int from, String text) implements ParagraphOp {}

    /** Only in the new text, and like no deleted paragraph. */
    record Insert(int to, String text) implements ParagraphOp {}

    /** Edited in place: a deleted and an inserted paragraph at the same place that are alike. */
    record Change(int from, int to, List<WordOp> changes) implements ParagraphOp {
        public Change {
            changes = List.copyOf(changes);
        }
    }

    /**
     * Moved elsewhere, perhaps edited too: {@code text} as it is now, {@code changes} from the old one, empty when
     * it moved unchanged.
     */
    record Move(int from, int to, String text, List<WordOp> changes) implements ParagraphOp {
        public Move {
            changes = List.copyOf(changes);
        }
    }
}
