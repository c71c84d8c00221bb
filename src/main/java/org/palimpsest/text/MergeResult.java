package org.palimpsest.text;

import java.util.List;

/** What a three-way merge of one text ends in: a text, or the places where both sides changed the same words. */
public sealed interface MergeResult {

    /** Both sides' changes combined. */
    record Clean(String text) implements MergeResult {}

    /**
     * Both sides changed the same words differently. {@code textWithMine} is the merged text with the editor's
     * version in every conflicting place, so that what the editor wrote is never lost.
     */
    record Conflicted(List<Conflict> conflicts, String textWithMine) implements MergeResult {

        public Conflicted {
            conflicts = List.copyOf(conflicts);
        }
    }

    /**
     * One conflicting place: the base's text there, the editor's ("mine") and the other revision's ("theirs"), and
     * a few tokens of the merged text just before and after it, to find it by.
     */
    record Conflict(String base, String mine, String theirs, String before, String after) {}
}
