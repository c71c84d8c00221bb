package org.palimpsest.text;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;

/**
 * Three-way merges of texts word by word: the base, the editor's ("mine") and the other revision's ("theirs") texts
 * are cut into {@link WordDiff#tokens} and merged with JGit's {@link MergeAlgorithm}, so two edits of different
 * words of one paragraph combine, where a line merge would conflict.
 */
public final class WordMerge {

    /** Tokens of the merged text shown on either side of a conflict: about two words and their spaces. */
    static final int CONTEXT_TOKENS = 4;

    private WordMerge() {}

    /**
     * Above this many chars (the three texts together) the texts are merged paragraph by paragraph where their
     * paragraphs line up ({@link ParagraphSegments}), and only the paragraphs both sides changed are cut into words
     * and merged: a word diff of a long body against one edited in hundreds of scattered places costs the tokens
     * times the places, and an undo or a stale edit changes one or two paragraphs.
     */
    static final int MAX_WHOLE_CHARS = 15_000;

    public static MergeResult merge(String base, String mine, String theirs) {
        List<String> output = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        if (base.length() + mine.length() + theirs.length() <= MAX_WHOLE_CHARS) {
            mergeTokens(WordDiff.tokens(base), WordDiff.tokens(mine), WordDiff.tokens(theirs), output, conflicts);
        } else {
            List<ParagraphSegments.Segment> segments = ParagraphSegments.of(base, mine, theirs);
            mergeSegments(segments, false, output, conflicts);
            if (!conflicts.isEmpty()) {
                output.clear();
                conflicts.clear();
                mergeSegments(segments, true, output, conflicts);
            }
        }
        String text = String.join("", output);
        if (conflicts.isEmpty()) {
            return new MergeResult.Clean(text);
        }
        return new MergeResult.Conflicted(
                conflicts.stream()
                        .map(conflict -> new MergeResult.Conflict(
                                conflict.base,
                                conflict.mine,
                                conflict.theirs,
                                String.join(
                                        "",
                                        output.subList(Math.max(0, conflict.start - CONTEXT_TOKENS), conflict.start)),
                                String.join(
                                        "",
                                        output.subList(
                                                conflict.end, Math.min(output.size(), conflict.end + CONTEXT_TOKENS)))))
                        .toList(),
                text);
    }

    /**
     * Merges segment by segment, a segment only one side changed (or both alike) taken whole: as one piece of
     * output, or cut into tokens when {@code tokenised}, which a conflict's context (tokens of the output around it)
     * needs.
     */
    private static void mergeSegments(
            List<ParagraphSegments.Segment> segments,
            boolean tokenised,
            List<String> output,
            List<Conflict> conflicts) {
        for (ParagraphSegments.Segment segment : segments) {
            String taken = segment.mine().equals(segment.base())
                    ? segment.theirs()
                    : segment.theirs().equals(segment.base())
                                    || segment.theirs().equals(segment.mine())
                            ? segment.mine()
                            : null;
            if (taken == null) {
                mergeTokens(
                        WordDiff.tokens(segment.base()),
                        WordDiff.tokens(segment.mine()),
                        WordDiff.tokens(segment.theirs()),
                        output,
                        conflicts);
            } else if (tokenised) {
                output.addAll(WordDiff.tokens(taken));
            } else if (!taken.isEmpty()) {
                output.add(taken);
            }
        }
    }

    /** A conflict of the merged output: where it stands in the output tokens, its base text and both sides. */
    private record Conflict(int start, int end, String base, String mine, String theirs) {}

    /** Merges three token lists with JGit, adding the merged tokens to {@code output} and the conflicts found. */
    private static void mergeTokens(
            List<String> base, List<String> mine, List<String> theirs, List<String> output, List<Conflict> found) {
        Words baseWords = new Words(base);
        Words mineWords = new Words(mine);
        Words theirWords = new Words(theirs);
        DiffAlgorithm diff = new HistogramDiff();
        org.eclipse.jgit.merge.MergeResult<Words> merged =
                new MergeAlgorithm(diff).merge(Words.EQUAL, baseWords, mineWords, theirWords);
        List<Words> sequences = merged.getSequences();

        List<OpenConflict> open = new ArrayList<>();
        OpenConflict current = null;
        for (MergeChunk chunk : merged) {
            List<String> tokens = tokens(sequences.get(chunk.getSequenceIndex()), chunk);
            switch (chunk.getConflictState()) {
                case NO_CONFLICT -> {
                    close(current, output);
                    current = null;
                    output.addAll(tokens);
                }
                case FIRST_CONFLICTING_RANGE -> {
                    close(current, output);
                    current = new OpenConflict(output.size());
                    open.add(current);
                    current.put(chunk, tokens);
                    if (chunk.getSequenceIndex() == MINE) {
                        output.addAll(tokens);
                    }
                }
                default -> {
                    current.put(chunk, tokens);
                    if (chunk.getSequenceIndex() == MINE) {
                        output.addAll(tokens);
                    }
                }
            }
        }
        close(current, output);
        if (open.isEmpty()) {
            return;
        }
        EditList mineEdits = diff.diff(Words.EQUAL, baseWords, mineWords);
        EditList theirEdits = diff.diff(Words.EQUAL, baseWords, theirWords);
        for (OpenConflict conflict : open) {
            int baseBegin =
                    Math.min(startInBase(mineEdits, conflict.mineBegin), startInBase(theirEdits, conflict.theirBegin));
            int baseEnd = Math.max(endInBase(mineEdits, conflict.mineEnd), endInBase(theirEdits, conflict.theirEnd));
            found.add(new Conflict(
                    conflict.start,
                    conflict.end,
                    String.join("", base.subList(baseBegin, Math.max(baseBegin, baseEnd))),
                    conflict.mine,
                    conflict.theirs));
        }
    }

    private static final int MINE = 1;
    private static final int THEIRS = 2;

    /**
     * Where in the base a conflict that starts at {@code position} of one side starts: what that side's edit there
     * replaced, or the same token past the edits before.
     */
    private static int startInBase(EditList edits, int position) {
        int shift = 0;
        for (Edit edit : edits) {
            if (position < edit.getBeginB()) {
                break;
            }
            if (position < edit.getEndB() || (position == edit.getBeginB() && edit.getLengthB() == 0)) {
                return edit.getBeginA();
            }
            shift += edit.getLengthB() - edit.getLengthA();
        }
        return position - shift;
    }

    /** Where in the base a conflict that ends at {@code position} of one side ends, as {@link #startInBase}. */
    private static int endInBase(EditList edits, int position) {
        int shift = 0;
        for (Edit edit : edits) {
            if (position < edit.getBeginB() || (position == edit.getBeginB() && edit.getLengthB() > 0)) {
                break;
            }
            if (position <= edit.getEndB()) {
                return edit.getEndA();
            }
            shift += edit.getLengthB() - edit.getLengthA();
        }
        return position - shift;
    }

    /**
     * The chunk's tokens. JGit trims what both sides of a conflict share from its base range as well, so that range
     * may end before it begins or past the base's end (a shared insertion at the end): it is bounded here, and a
     * conflict's base text is found from the sides' own edits instead.
     */
    private static List<String> tokens(Words sequence, MergeChunk chunk) {
        int begin = Math.min(chunk.getBegin(), sequence.size());
        int end = Math.max(begin, Math.min(chunk.getEnd(), sequence.size()));
        return sequence.tokens.subList(begin, end);
    }

    private static void close(OpenConflict conflict, List<String> output) {
        if (conflict != null && conflict.end < 0) {
            conflict.end = output.size();
        }
    }

    /**
     * A conflict being read from JGit's chunks, which give its ours, base and theirs ranges one after another. The
     * base range is not used: JGit trims what both sides share from it too, though the base may not hold it.
     */
    private static final class OpenConflict {
        final int start;
        int end = -1;
        String mine = "";
        String theirs = "";
        int mineBegin;
        int mineEnd;
        int theirBegin;
        int theirEnd;

        OpenConflict(int start) {
            this.start = start;
        }

        void put(MergeChunk chunk, List<String> tokens) {
            String text = String.join("", tokens);
            if (chunk.getSequenceIndex() == MINE) {
                mine = text;
                mineBegin = chunk.getBegin();
                mineEnd = chunk.getEnd();
            } else if (chunk.getSequenceIndex() == THEIRS) {
                theirs = text;
                theirBegin = chunk.getBegin();
                theirEnd = chunk.getEnd();
            }
        }
    }

    /** A text's tokens as a JGit sequence. */
    private static final class Words extends Sequence {

        static final SequenceComparator<Words> EQUAL = new SequenceComparator<>() {
            @Override
            public boolean equals(Words a, int ai, Words b, int bi) {
                return a.tokens.get(ai).equals(b.tokens.get(bi));
            }

            @Override
            public int hash(Words sequence, int index) {
                return sequence.tokens.get(index).hashCode();
            }
        };

        final List<String> tokens;

        Words(List<String> tokens) {
            this.tokens = tokens;
        }

        @Override
        public int size() {
            return tokens.size();
        }
    }
}
