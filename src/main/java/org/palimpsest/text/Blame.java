package org.palimpsest.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.palimpsest.text.TokenRanges.Range;

/**
 * Who wrote each word of a text, after WikiWho (Flöck and Acosta, 2014): each revision's paragraphs, then the
 * sentences of those not found, are looked up among every paragraph and sentence any earlier revision had, and a
 * found one keeps the credit it had then; what is left is diffed word by word (java-diff-utils) against what is left
 * of the revision before, and a word the diff keeps keeps its credit; the rest is the new revision's. So text that
 * comes back (an undo, a restore, a re-typed sentence) goes back to whoever first wrote it.
 * <p>
 * The state is the text, its spans, and the paragraphs and sentences ever seen, each as a 64-bit hash of its text
 * with its credits as runs ({@code [tokens, revision, tokens, revision, …]}); a value, each revision a new one. What is
 * seen is only ever added to (the first credits stand), so a store can keep each revision's additions ({@link
 * #seenFirst()}) rather than the whole.
 */
public final class Blame {

    /**
     * Above this many tokens left to diff (both sides together, past what they share at start and end) the middle
     * is credited to the new revision without a word diff: Myers costs the tokens times the differences, and a text
     * rewritten throughout would take seconds word by word. Its paragraphs and sentences found earlier still are.
     */
    static final int MAX_DIFF_TOKENS = 20_000;

    private static final long UNCREDITED = -1;

    private final String text;
    private final List<BlameSpan> spans;
    private final Map<Long, long[]> seen;
    private final Map<Long, long[]> seenFirst;

    private Blame(String text, List<BlameSpan> spans, Map<Long, long[]> seen, Map<Long, long[]> seenFirst) {
        this.text = text;
        this.spans = List.copyOf(spans);
        this.seen = seen;
        this.seenFirst = seenFirst;
    }

    /** A text's first revision: every word its own. */
    public static Blame first(String text, long revision) {
        List<String> tokens = WordDiff.tokens(text);
        long[] credits = new long[tokens.size()];
        Arrays.fill(credits, revision);
        Map<Long, long[]> seen = new HashMap<>();
        Map<Long, long[]> seenFirst = new HashMap<>();
        remember(tokens, credits, seen, seenFirst, Set.of());
        return new Blame(text, spans(tokens, credits), seen, seenFirst);
    }

    /**
     * The blame as stored: the text, its spans (which must join to it), and the paragraphs and sentences seen (as
     * {@link #seen()} gave them, or as the {@link #seenFirst()} of every revision so far together). Nothing counts as
     * seen first by it.
     */
    public static Blame of(String text, List<BlameSpan> spans, Map<Long, long[]> seen) {
        StringBuilder joined = new StringBuilder(text.length());
        spans.forEach(span -> joined.append(span.text()));
        if (!joined.toString().equals(text)) {
            throw new IllegalArgumentException("the spans do not join to the text");
        }
        return new Blame(text, spans, new HashMap<>(seen), Map.of());
    }

    /** The blame of the text that {@code revision} made of this one. */
    public Blame revised(String revisedText, long revision) {
        if (revisedText.equals(text)) {
            return new Blame(text, spans, seen, Map.of());
        }
        List<String> before = WordDiff.tokens(text);
        long[] beforeCredits = credits(before);
        List<String> after = WordDiff.tokens(revisedText);
        long[] credits = new long[after.size()];
        Arrays.fill(credits, UNCREDITED);
        Set<Long> found = creditFound(after, credits);
        boolean[] used = usedBefore(before, found);

        List<Integer> leftBefore = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!used[i]) {
                leftBefore.add(i);
            }
        }
        List<Integer> leftAfter = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            if (credits[i] == UNCREDITED) {
                leftAfter.add(i);
            }
        }
        creditByDiff(before, beforeCredits, leftBefore, after, credits, leftAfter, revision);

        Map<Long, long[]> nowSeen = new HashMap<>(seen);
        Map<Long, long[]> seenFirst = new HashMap<>();
        remember(after, credits, nowSeen, seenFirst, found);
        return new Blame(revisedText, spans(after, credits), nowSeen, seenFirst);
    }

    public String text() {
        return text;
    }

    /** The text as runs of one revision each, in order; adjacent tokens of the same revision make one span. */
    public List<BlameSpan> spans() {
        return spans;
    }

    /**
     * Every paragraph and sentence seen so far: the hash of its text and its credits as token runs. A view, not a
     * copy: a blame never changes its map once made, and the whole set is large on a long history.
     */
    public Map<Long, long[]> seen() {
        return Collections.unmodifiableMap(seen);
    }

    /** The paragraphs and sentences that this blame's revision was the first to have, as {@link #seen()} gives them. */
    public Map<Long, long[]> seenFirst() {
        return Collections.unmodifiableMap(seenFirst);
    }

    /** Gives each paragraph found earlier, then each sentence of the others found earlier, its earlier credits. */
    private Set<Long> creditFound(List<String> tokens, long[] credits) {
        Set<Long> found = new HashSet<>();
        for (Range paragraph : TokenRanges.paragraphs(tokens)) {
            if (credit(tokens, TokenRanges.core(tokens, paragraph), credits, found)) {
                continue;
            }
            for (Range sentence : TokenRanges.sentences(tokens, paragraph)) {
                credit(tokens, TokenRanges.core(tokens, sentence), credits, found);
            }
        }
        return found;
    }

    private boolean credit(List<String> tokens, Range core, long[] credits, Set<Long> found) {
        if (core.length() == 0) {
            return false;
        }
        long key = TokenRanges.key(tokens, core);
        long[] runs = seen.get(key);
        if (runs == null || tokenCount(runs) != core.length()) {
            return false;
        }
        int at = core.start();
        for (int r = 0; r < runs.length; r += 2) {
            Arrays.fill(credits, at, at + (int) runs[r], runs[r + 1]);
            at += (int) runs[r];
        }
        found.add(key);
        return true;
    }

    /** The tokens of the text before that belong to a paragraph or sentence the new text has too. */
    private static boolean[] usedBefore(List<String> tokens, Set<Long> found) {
        boolean[] used = new boolean[tokens.size()];
        for (Range paragraph : TokenRanges.paragraphs(tokens)) {
            Range core = TokenRanges.core(tokens, paragraph);
            if (core.length() > 0 && found.contains(TokenRanges.key(tokens, core))) {
                Arrays.fill(used, core.start(), core.end(), true);
                continue;
            }
            for (Range sentence : TokenRanges.sentences(tokens, paragraph)) {
                core = TokenRanges.core(tokens, sentence);
                if (core.length() > 0 && found.contains(TokenRanges.key(tokens, core))) {
                    Arrays.fill(used, core.start(), core.end(), true);
                }
            }
        }
        return used;
    }

    private static void creditByDiff(
            List<String> before,
            long[] beforeCredits,
            List<Integer> leftBefore,
            List<String> after,
            long[] credits,
            List<Integer> leftAfter,
            long revision) {
        List<String> old = leftBefore.stream().map(before::get).toList();
        List<String> now = leftAfter.stream().map(after::get).toList();
        int prefix = 0;
        while (prefix < old.size() && prefix < now.size() && old.get(prefix).equals(now.get(prefix))) {
            credits[leftAfter.get(prefix)] = beforeCredits[leftBefore.get(prefix)];
            prefix++;
        }
        int suffix = 0;
        while (suffix < old.size() - prefix
                && suffix < now.size() - prefix
                && old.get(old.size() - 1 - suffix).equals(now.get(now.size() - 1 - suffix))) {
            credits[leftAfter.get(now.size() - 1 - suffix)] = beforeCredits[leftBefore.get(old.size() - 1 - suffix)];
            suffix++;
        }
        List<String> oldMiddle = old.subList(prefix, old.size() - suffix);
        List<String> nowMiddle = now.subList(prefix, now.size() - suffix);
        if (!oldMiddle.isEmpty() && !nowMiddle.isEmpty() && oldMiddle.size() + nowMiddle.size() <= MAX_DIFF_TOKENS) {
            int position = 0;
            int shift = 0;
            for (AbstractDelta<String> delta : DiffUtils.diff(
                            oldMiddle, nowMiddle, new MyersDiffWithLinearSpace<String>())
                    .getDeltas()) {
                for (int i = position; i < delta.getSource().getPosition(); i++) {
                    credits[leftAfter.get(prefix + i + shift)] = beforeCredits[leftBefore.get(prefix + i)];
                }
                position = delta.getSource().getPosition() + delta.getSource().size();
                shift += delta.getTarget().size() - delta.getSource().size();
            }
            for (int i = position; i < oldMiddle.size(); i++) {
                credits[leftAfter.get(prefix + i + shift)] = beforeCredits[leftBefore.get(prefix + i)];
            }
        }
        for (int i : leftAfter) {
            if (credits[i] == UNCREDITED) {
                credits[i] = revision;
            }
        }
    }

    /**
     * Remembers each paragraph and sentence of the text, unless seen before: the first credits stand. A paragraph
     * found whole was remembered with its sentences when first seen.
     */
    private static void remember(
            List<String> tokens, long[] credits, Map<Long, long[]> seen, Map<Long, long[]> seenFirst, Set<Long> found) {
        for (Range paragraph : TokenRanges.paragraphs(tokens)) {
            Range core = TokenRanges.core(tokens, paragraph);
            if (core.length() > 0 && found.contains(TokenRanges.key(tokens, core))) {
                continue;
            }
            List<Range> sentences = TokenRanges.sentences(tokens, paragraph);
            if (sentences.size() > 1) {
                remember(tokens, TokenRanges.core(tokens, paragraph), credits, seen, seenFirst);
            }
            for (Range sentence : sentences) {
                remember(tokens, TokenRanges.core(tokens, sentence), credits, seen, seenFirst);
            }
        }
    }

    private static void remember(
            List<String> tokens, Range core, long[] credits, Map<Long, long[]> seen, Map<Long, long[]> seenFirst) {
        if (core.length() > 0) {
            long key = TokenRanges.key(tokens, core);
            if (!seen.containsKey(key)) {
                long[] runs = runs(credits, core);
                seen.put(key, runs);
                seenFirst.put(key, runs);
            }
        }
    }

    private static long[] runs(long[] credits, Range range) {
        List<Long> runs = new ArrayList<>();
        int start = range.start();
        for (int i = range.start() + 1; i <= range.end(); i++) {
            if (i == range.end() || credits[i] != credits[start]) {
                runs.add((long) (i - start));
                runs.add(credits[start]);
                start = i;
            }
        }
        return runs.stream().mapToLong(Long::longValue).toArray();
    }

    private static long tokenCount(long[] runs) {
        long count = 0;
        for (int r = 0; r < runs.length; r += 2) {
            count += runs[r];
        }
        return count;
    }

    /** Each token's revision, from the spans (a span boundary is always a token boundary). */
    private long[] credits(List<String> tokens) {
        long[] credits = new long[tokens.size()];
        int span = 0;
        int spanEnd = spans.isEmpty() ? 0 : spans.get(0).text().length();
        int at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            while (at >= spanEnd && span < spans.size() - 1) {
                span++;
                spanEnd += spans.get(span).text().length();
            }
            credits[i] = spans.get(span).revision();
            at += tokens.get(i).length();
        }
        return credits;
    }

    private static List<BlameSpan> spans(List<String> tokens, long[] credits) {
        List<BlameSpan> spans = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && credits[i] != credits[i - 1]) {
                spans.add(new BlameSpan(run.toString(), credits[i - 1]));
                run.setLength(0);
            }
            run.append(tokens.get(i));
        }
        if (!tokens.isEmpty()) {
            spans.add(new BlameSpan(run.toString(), credits[tokens.size() - 1]));
        }
        return spans;
    }
}
