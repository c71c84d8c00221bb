package org.palimpsest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A character diff may cut between the two halves of a surrogate pair (an emoji, a rare CJK ideograph).
 * Such a hunk cannot be written as UTF-8, so a boundary inside a pair is moved outwards over the shared
 * half, and hunks that come to touch are merged. Assumes well-formed UTF-16 on both sides.
 */
final class SurrogateSafeHunks {

    private SurrogateSafeHunks() {}

    static List<TextPatch.Hunk> widen(String base, List<TextPatch.Hunk> hunks) {
        List<TextPatch.Hunk> safe = new ArrayList<>(hunks.size());
        for (TextPatch.Hunk hunk : hunks) {
            int start = hunk.at();
            String delete = hunk.delete();
            String insert = hunk.insert();
            if (splitsPair(base, start)) {
                start--;
                delete = base.charAt(start) + delete;
                insert = base.charAt(start) + insert;
            }
            int end = start + delete.length();
            if (splitsPair(base, end)) {
                delete = delete + base.charAt(end);
                insert = insert + base.charAt(end);
            }
            TextPatch.Hunk widened = new TextPatch.Hunk(start, delete, insert);
            if (!safe.isEmpty() && end(safe.get(safe.size() - 1)) >= start) {
                widened = merge(safe.remove(safe.size() - 1), widened);
            }
            safe.add(widened);
        }
        return safe;
    }

    private static boolean splitsPair(String text, int index) {
        return index > 0
                && index < text.length()
                && Character.isHighSurrogate(text.charAt(index - 1))
                && Character.isLowSurrogate(text.charAt(index));
    }

    private static int end(TextPatch.Hunk hunk) {
        return hunk.at() + hunk.delete().length();
    }

    /** Hunks overlap only by base characters that both copied unchanged, so the overlap is cut once. */
    private static TextPatch.Hunk merge(TextPatch.Hunk first, TextPatch.Hunk second) {
        int overlap = end(first) - second.at();
        return new TextPatch.Hunk(
                first.at(),
                first.delete() + second.delete().substring(overlap),
                first.insert().substring(0, first.insert().length() - overlap) + second.insert());
    }
}
