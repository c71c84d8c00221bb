package org.palimpsest.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paragraph diffs of a long text (the body), after MediaWiki's wikidiff2: the texts are cut into paragraphs at
 * blank lines, the paragraph lists diffed; then a deleted and an inserted paragraph are paired when they are alike,
 * as a {@link ParagraphOp.Change} when they stand at the same place (one diff hunk), else as a
 * {@link ParagraphOp.Move}, so that a moved paragraph shows as one move with its word changes rather than as a
 * deletion and an unrelated insertion.
 */
public final class ParagraphDiff {

    /**
     * Two paragraphs are alike when their {@link #similarity} is over this: wikidiff2's threshold for moved
     * paragraphs, low enough that a moved paragraph with a sentence rewritten is still found, high enough that two
     * paragraphs sharing only common words ("the", "of") are not.
     */
    public static final double SIMILARITY_THRESHOLD = 0.4;

    /**
     * Alike paragraphs are looked for among at most this many (deleted, inserted) pairs, in one hunk and for moves;
     * beyond it (a long body rewritten throughout) the paragraphs stay deleted and inserted, so that the pairing,
     * quadratic in the paragraphs, stays bounded.
     */
    static final int MAX_CANDIDATES = 250_000;

    private ParagraphDiff() {}

    /**
     * The text's paragraphs: the parts between blank lines (lines empty or of spaces only), without the blank
     * lines; none for a text of whitespace only. A blank line is a run of line breaks ({@code \R}'s characters) and
     * horizontal spaces ({@code \h}'s) that starts with a line break and holds at least two (a CR LF counts as
     * two, as the pattern {@code \R\h*(?:\R\h*)+} splits it), cut by hand: that pattern's split took about 40 % of
     * the paragraph diff of two 50 KB bodies.
     */
    public static List<String> paragraphs(String text) {
        String stripped = text.strip();
        List<String> paragraphs = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < stripped.length()) {
            if (!isLineBreak(stripped.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            int breaks = 0;
            while (end < stripped.length() && (isLineBreak(stripped.charAt(end)) || isSpace(stripped.charAt(end)))) {
                breaks += isLineBreak(stripped.charAt(end)) ? 1 : 0;
                end++;
            }
            if (breaks >= 2) {
                add(paragraphs, stripped.substring(start, i));
                start = end;
            }
            i = end;
        }
        add(paragraphs, stripped.substring(start));
        return paragraphs;
    }

    private static void add(List<String> paragraphs, String part) {
        if (!part.isBlank()) {
            paragraphs.add(part);
        }
    }

    /** A character of {@code \R}: LF, VT, FF, CR, NEL, LINE and PARAGRAPH SEPARATOR. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** A character of {@code \h}, the horizontal spaces. */
    private static boolean isSpace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\u00A0'
                || c == '\u1680'
                || c == '\u180E'
                || (c >= '\u2000' && c <= '\u200A')
                || c == '\u202F'
                || c == '\u205F'
                || c == '\u3000';
    }

    /**
     * The share of words two paragraphs have in common: word tokens that match (counted as multisets, so
     * order does not matter) divided by the word tokens of the longer one; 0 when they share none, 1 when they
     * hold the same words. Whitespace and punctuation do not count; two paragraphs without words are alike
     * only when equal.
     */
    public static double similarity(String a, String b) {
        return Words.of(a).similarity(Words.of(b));
    }

    /** A paragraph's word tokens as a multiset, counted once per paragraph rather than once per comparison. */
    private record Words(String text, Map<String, Integer> counts, int total) {

        static Words of(String text) {
            Map<String, Integer> counts = new HashMap<>();
            int total = 0;
            for (String token : WordDiff.tokens(text)) {
                if (WordDiff.isWord(token)) {
                    counts.merge(token, 1, Integer::sum);
                    total++;
                }
            }
            return new Words(text, counts, total);
        }

        double similarity(Words other) {
            int longer = Math.max(total, other.total);
            if (longer == 0) {
                return text.equals(other.text) ? 1 : 0;
            }
            Words few = counts.size() <= other.counts.size() ? this : other;
            Words many = few == this ? other : this;
            int common = 0;
            for (Map.Entry<String, Integer> word : few.counts.entrySet()) {
                common += Math.min(word.getValue(), many.counts.getOrDefault(word.getKey(), 0));
            }
            return (double) common / longer;
        }
    }

    public static List<ParagraphOp> between(String before, String after) {
        List<String> old = paragraphs(before);
        List<String> now = paragraphs(after);
        List<Hunk> hunks = hunks(old, now);
        WordsOf oldWords = new WordsOf(old);
        WordsOf newWords = new WordsOf(now);
        pairInPlace(oldWords, newWords, hunks);
        pairMoves(oldWords, newWords, hunks);
        return ops(old, now, hunks);
    }

    /**
     * The paragraphs' words, tokenised when first asked for: only deleted and inserted paragraphs are compared, so
     * the paragraphs both texts share (most of a long body edited in a few places) are never tokenised.
     */
    private static final class WordsOf {
        private final List<String> paragraphs;
        private final Words[] words;

        WordsOf(List<String> paragraphs) {
            this.paragraphs = paragraphs;
            this.words = new Words[paragraphs.size()];
        }

        Words get(int index) {
            if (words[index] == null) {
                words[index] = Words.of(paragraphs.get(index));
            }
            return words[index];
        }
    }

    /** A diff hunk: the deleted and inserted paragraphs of one place, with what each was paired with. */
    private static final class Hunk {
        final int equalFrom;
        final int equalTo;
        final int equalCount;
        final int from;
        final int to;
        final int[] deletedPair;
        final boolean[] deletedInPlace;
        final int[] insertedPair;
        final boolean[] insertedInPlace;

        Hunk(int equalFrom, int equalTo, int equalCount, int from, int deleted, int to, int inserted) {
            this.equalFrom = equalFrom;
            this.equalTo = equalTo;
            this.equalCount = equalCount;
            this.from = from;
            this.to = to;
            this.deletedPair = filled(deleted);
            this.deletedInPlace = new boolean[deleted];
            this.insertedPair = filled(inserted);
            this.insertedInPlace = new boolean[inserted];
        }

        private static int[] filled(int size) {
            int[] pairs = new int[size];
            Arrays.fill(pairs, -1);
            return pairs;
        }
    }

    /** The diff as hunks, each after its run of equal paragraphs; the last may hold only equal ones. */
    private static List<Hunk> hunks(List<String> old, List<String> now) {
        Map<String, Integer> texts = new HashMap<>();
        List<Hunk> hunks = new ArrayList<>();
        int from = 0;
        int to = 0;
        for (AbstractDelta<Integer> delta :
                DiffUtils.diff(ids(old, texts), ids(now, texts)).getDeltas()) {
            int start = delta.getSource().getPosition();
            int equal = start - from;
            hunks.add(new Hunk(
                    from,
                    to,
                    equal,
                    start,
                    delta.getSource().size(),
                    to + equal,
                    delta.getTarget().size()));
            from = start + delta.getSource().size();
            to = to + equal + delta.getTarget().size();
        }
        hunks.add(new Hunk(from, to, old.size() - from, old.size(), 0, now.size(), 0));
        return hunks;
    }

    /**
     * Each paragraph as a number, the same for equal texts: the diff compares numbers rather than paragraphs, which
     * of the same length (a word replaced by one as long) would be compared character by character up to the change.
     */
    private static List<Integer> ids(List<String> paragraphs, Map<String, Integer> texts) {
        List<Integer> ids = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            ids.add(texts.computeIfAbsent(paragraph, text -> texts.size()));
        }
        return ids;
    }

    /** In each hunk, pairs deleted with inserted paragraphs that are alike, keeping their order. */
    private static void pairInPlace(WordsOf old, WordsOf now, List<Hunk> hunks) {
        for (Hunk hunk : hunks) {
            if ((long) hunk.deletedPair.length * hunk.insertedPair.length > MAX_CANDIDATES) {
                continue;
            }
            int next = 0;
            for (int d = 0; d < hunk.deletedPair.length; d++) {
                int best = -1;
                double bestSimilarity = SIMILARITY_THRESHOLD;
                for (int i = next; i < hunk.insertedPair.length; i++) {
                    double similarity = old.get(hunk.from + d).similarity(now.get(hunk.to + i));
                    if (similarity > bestSimilarity) {
                        best = i;
                        bestSimilarity = similarity;
                    }
                }
                if (best >= 0) {
                    hunk.deletedPair[d] = hunk.to + best;
                    hunk.deletedInPlace[d] = true;
                    hunk.insertedPair[best] = hunk.from + d;
                    hunk.insertedInPlace[best] = true;
                    next = best + 1;
                }
            }
        }
    }

    private record Candidate(Hunk deletedIn, int d, Hunk insertedIn, int i, double similarity) {}

    /** Pairs the paragraphs still unpaired across hunks, the most alike first. */
    private static void pairMoves(WordsOf old, WordsOf now, List<Hunk> hunks) {
        List<int[]> deleted = new ArrayList<>();
        List<int[]> inserted = new ArrayList<>();
        for (int h = 0; h < hunks.size(); h++) {
            Hunk hunk = hunks.get(h);
            for (int d = 0; d < hunk.deletedPair.length; d++) {
                if (hunk.deletedPair[d] < 0) {
                    deleted.add(new int[] {h, d});
                }
            }
            for (int i = 0; i < hunk.insertedPair.length; i++) {
                if (hunk.insertedPair[i] < 0) {
                    inserted.add(new int[] {h, i});
                }
            }
        }
        if ((long) deleted.size() * inserted.size() > MAX_CANDIDATES) {
            return;
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int[] del : deleted) {
            Hunk deletedIn = hunks.get(del[0]);
            for (int[] ins : inserted) {
                Hunk insertedIn = hunks.get(ins[0]);
                double similarity = old.get(deletedIn.from + del[1]).similarity(now.get(insertedIn.to + ins[1]));
                if (similarity > SIMILARITY_THRESHOLD) {
                    candidates.add(new Candidate(deletedIn, del[1], insertedIn, ins[1], similarity));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed());
        for (Candidate candidate : candidates) {
            if (candidate.deletedIn.deletedPair[candidate.d] < 0
                    && candidate.insertedIn.insertedPair[candidate.i] < 0) {
                candidate.deletedIn.deletedPair[candidate.d] = candidate.insertedIn.to + candidate.i;
                candidate.insertedIn.insertedPair[candidate.i] = candidate.deletedIn.from + candidate.d;
            }
        }
    }

    /**
     * The ops in the order of the new text, a deleted paragraph where it stood: a paragraph moved away shows
     * only where it went.
     */
    private static List<ParagraphOp> ops(List<String> old, List<String> now, List<Hunk> hunks) {
        List<ParagraphOp> ops = new ArrayList<>();
        for (Hunk hunk : hunks) {
            for (int k = 0; k < hunk.equalCount; k++) {
                ops.add(new ParagraphOp.Equal(hunk.equalFrom + k, hunk.equalTo + k, old.get(hunk.equalFrom + k)));
            }
            int d = 0;
            int i = 0;
            while (d < hunk.deletedPair.length || i < hunk.insertedPair.length) {
                if (d < hunk.deletedPair.length && !hunk.deletedInPlace[d]) {
                    if (hunk.deletedPair[d] < 0) {
                        ops.add(new ParagraphOp.Delete(hunk.from + d, old.get(hunk.from + d)));
                    }
                    d++;
                } else if (i < hunk.insertedPair.length && !hunk.insertedInPlace[i]) {
                    int to = hunk.to + i;
                    int from = hunk.insertedPair[i];
                    ops.add(
                            from < 0
                                    ? new ParagraphOp.Insert(to, now.get(to))
                                    : new ParagraphOp.Move(from, to, now.get(to), changes(old.get(from), now.get(to))));
                    i++;
                } else {
                    int from = hunk.from + d;
                    int to = hunk.deletedPair[d];
                    ops.add(new ParagraphOp.Change(from, to, WordDiff.between(old.get(from), now.get(to))));
                    d++;
                    i = to - hunk.to + 1;
                }
            }
        }
        return ops;
    }

    private static List<WordOp> changes(String before, String after) {
        return before.equals(after) ? List.of() : WordDiff.between(before, after);
    }
}
