package org.palimpsest.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The three texts of a merge cut into segments at the paragraph breaks where the base, mine and theirs line up, so
 * that a long text is merged one segment at a time and a segment only one side changed is taken whole, without
 * cutting it into words. A paragraph ends after a run of whitespace holding a blank line (two line breaks or more),
 * which is where a token ends too, so a segment's tokens are the text's tokens there. The paragraph lists of mine and
 * theirs are diffed against the base's; a break lines up on a side when no change of that side spans it: outside the
 * changes, and inside a change that replaces as many paragraphs as it removes, paired one by one (paragraphs edited
 * in place). Joined, the segments give each text back.
 */
final class ParagraphSegments {

    /** One segment of the base, mine and theirs. */
    record Segment(String base, String mine, String theirs) {}

    private ParagraphSegments() {}

    static List<Segment> of(String base, String mine, String theirs) {
        int[] baseStarts = paragraphStarts(base);
        int[] mineStarts = paragraphStarts(mine);
        int[] theirStarts = paragraphStarts(theirs);
        Map<String, Integer> texts = new HashMap<>();
        List<Integer> baseIds = ids(base, baseStarts, texts);
        int[] mineAt = linedUp(baseIds, ids(mine, mineStarts, texts));
        int[] theirAt = linedUp(baseIds, ids(theirs, theirStarts, texts));
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        for (int to = 1; to <= baseIds.size(); to++) {
            if (mineAt[to] >= 0 && theirAt[to] >= 0) {
                segments.add(new Segment(
                        slice(base, baseStarts, from, to),
                        slice(mine, mineStarts, mineAt[from], mineAt[to]),
                        slice(theirs, theirStarts, theirAt[from], theirAt[to])));
                from = to;
            }
        }
        if (segments.isEmpty()) {
            segments.add(new Segment(base, mine, theirs));
        }
        return segments;
    }

    /**
     * Where each paragraph starts (a char index), and the text's length last: a paragraph ends after a whitespace
     * run ({@link WordDiff#isSpace}) with two line breaks or more. Only the runs that hold a line break can end a
     * paragraph, so the text is searched for line breaks and only the run from each one on is classified: the
     * first line break after a run's end is the first of the next run that has one.
     */
    static int[] paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        if (!text.isEmpty()) {
            starts.add(0);
        }
        int i = nextLineBreak(text, 0);
        while (i < text.length()) {
            int breaks = 0;
            int codePoint;
            while (i < text.length() && WordDiff.isSpace(codePoint = text.codePointAt(i))) {
                if (codePoint == '\n'
                        || (codePoint == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
                i += Character.charCount(codePoint);
            }
            if (breaks >= 2 && i < text.length()) {
                starts.add(i);
            }
            i = nextLineBreak(text, i);
        }
        starts.add(text.length());
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The index of the first {@code \n} or {@code \r} at or after {@code from}, or the text's length. */
    private static int nextLineBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** Each paragraph as a number, the same for equal paragraphs of any of the texts. */
    private static List<Integer> ids(String text, int[] starts, Map<String, Integer> texts) {
        List<Integer> ids = new ArrayList<>(starts.length - 1);
        for (int p = 0; p + 1 < starts.length; p++) {
            ids.add(texts.computeIfAbsent(text.substring(starts[p], starts[p + 1]), paragraph -> texts.size()));
        }
        return ids;
    }
    /**
     * For each paragraph break of the base (0 to its paragraph count), the side's paragraph break it lines up with,
     * or -1 where a change of the side spans it. A break where the side inserts paragraphs lines up with the side's
     * break after them, so that they go with the paragraphs before; the start lines up with the start, so that
     * paragraphs inserted first go with the first segment.
     */
    private static int[] linedUp(List<Integer> base, List<Integer> side) {
        int[] at = new int[base.size() + 1];
        Arrays.fill(at, -1);
        int from = 0;
        int to = 0;
        for (AbstractDelta<Integer> delta : DiffUtils.diff(base, side).getDeltas()) {
            int start = delta.getSource().getPosition();
            for (; from <= start; from++, to++) {
                at[from] = to;
            }
            int removed = delta.getSource().size();
            int inserted = delta.getTarget().size();
            to--;
            if (removed == inserted) {
                for (int k = 1; k < removed; k++) {
                    at[start + k] = to + k;
                }
            }
            from = start + removed;
            to += inserted;
        }
        for (; from <= base.size(); from++, to++) {
            at[from] = to;
        }
        at[0] = 0;
        return at;
    }

    private static String slice(String text, int[] starts, int from, int to) {
        return text.substring(starts[from], starts[to]);
    }
}
