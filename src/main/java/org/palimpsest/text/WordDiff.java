package org.palimpsest.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Word diffs: both texts cut into tokens (words, whitespace runs, single other characters), the token lists diffed
 * with java-diff-utils (Myers), the result as runs of equal, inserted and deleted text. Joining the equal and
 * inserted texts gives the new text, the equal and deleted texts the old one, character for character.
 */
public final class WordDiff {

    private WordDiff() {}

    /**
     * Above this many tokens (both sides together, past what they share at start and end) the middle is diffed by
     * sentences rather than words: Myers costs the tokens times the differences, and a long paragraph rewritten
     * throughout would take seconds word by word.
     */
    static final int MAX_WORD_TOKENS = 20_000;

    /** A group of tokens in a diff by sentences ends after at most this many, so that no group is too long. */
    static final int MAX_SENTENCE_TOKENS = 64;

    public static List<WordOp> between(String before, String after) {
        return between(tokens(before), tokens(after));
    }

    static List<WordOp> between(List<String> before, List<String> after) {
        int prefix = 0;
        while (prefix < before.size()
                && prefix < after.size()
                && before.get(prefix).equals(after.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < before.size() - prefix
                && suffix < after.size() - prefix
                && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> old = before.subList(prefix, before.size() - suffix);
        List<String> now = after.subList(prefix, after.size() - suffix);
        if (old.size() + now.size() > MAX_WORD_TOKENS) {
            old = sentences(old);
            now = sentences(now);
        }
        List<WordOp> ops = new ArrayList<>();
        add(ops, WordOp.Kind.EQUAL, String.join("", before.subList(0, prefix)));
        int position = 0;
        for (AbstractDelta<String> delta :
                DiffUtils.diff(old, now, new MyersDiffWithLinearSpace<String>()).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(ops, WordOp.Kind.EQUAL, String.join("", old.subList(position, start)));
            add(ops, WordOp.Kind.DELETE, String.join("", delta.getSource().getLines()));
            add(ops, WordOp.Kind.INSERT, String.join("", delta.getTarget().getLines()));
            position = start + delta.getSource().size();
        }
        add(ops, WordOp.Kind.EQUAL, String.join("", old.subList(position, old.size())));
        add(ops, WordOp.Kind.EQUAL, String.join("", before.subList(before.size() - suffix, before.size())));
        return joinedAcrossSpaces(ops);
    }

    /**
     * The tokens grouped into sentences: a group ends with the whitespace after a full stop, question or
     * exclamation mark, with a line break, or after {@link #MAX_SENTENCE_TOKENS} tokens.
     */
    private static List<String> sentences(List<String> tokens) {
        List<String> sentences = new ArrayList<>();
        StringBuilder sentence = new StringBuilder();
        int count = 0;
        String previous = "";
        for (String token : tokens) {
            sentence.append(token);
            count++;
            boolean space = Character.isWhitespace(token.codePointAt(0));
            boolean ends = space
                    && (token.indexOf('\n') >= 0
                            || previous.equals(".")
                            || previous.equals("?")
                            || previous.equals("!"));
            if (ends || count >= MAX_SENTENCE_TOKENS) {
                sentences.add(sentence.toString());
                sentence.setLength(0);
                count = 0;
            }
            previous = token;
        }
        if (!sentence.isEmpty()) {
            sentences.add(sentence.toString());
        }
        return sentences;
    }

    /**
     * Two changes apart by only whitespace read as one: "d e" replaced by "q r" shows as one deletion and one
     * insertion, not as two word swaps around an unchanged space.
     */
    private static List<WordOp> joinedAcrossSpaces(List<WordOp> ops) {
        List<WordOp> joined = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (int k = 0; k < ops.size(); k++) {
            WordOp op = ops.get(k);
            boolean betweenChanges = op.op() == WordOp.Kind.EQUAL
                    && op.text().isBlank()
                    && k > 0
                    && k < ops.size() - 1
                    && ops.get(k + 1).op() != WordOp.Kind.EQUAL;
            if (op.op() == WordOp.Kind.EQUAL && !betweenChanges) {
                flush(joined, deleted, inserted);
                add(joined, op.op(), op.text());
            } else {
                if (op.op() != WordOp.Kind.INSERT) {
                    deleted.append(op.text());
                }
                if (op.op() != WordOp.Kind.DELETE) {
                    inserted.append(op.text());
                }
            }
        }
        flush(joined, deleted, inserted);
        return joined;
    }

    /** Adds the pending change, whitespace that both its sides begin or end with given back to the equal runs. */
    private static void flush(List<WordOp> ops, StringBuilder deleted, StringBuilder inserted) {
        if (deleted.isEmpty() || inserted.isEmpty()) {
            add(ops, WordOp.Kind.DELETE, deleted.toString());
            add(ops, WordOp.Kind.INSERT, inserted.toString());
        } else {
            int prefix = 0;
            while (prefix < deleted.length()
                    && prefix < inserted.length()
                    && deleted.charAt(prefix) == inserted.charAt(prefix)
                    && Character.isWhitespace(deleted.charAt(prefix))) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < deleted.length() - prefix
                    && suffix < inserted.length() - prefix
                    && deleted.charAt(deleted.length() - 1 - suffix) == inserted.charAt(inserted.length() - 1 - suffix)
                    && Character.isWhitespace(deleted.charAt(deleted.length() - 1 - suffix))) {
                suffix++;
            }
            add(ops, WordOp.Kind.EQUAL, deleted.substring(0, prefix));
            add(ops, WordOp.Kind.DELETE, deleted.substring(prefix, deleted.length() - suffix));
            add(ops, WordOp.Kind.INSERT, inserted.substring(prefix, inserted.length() - suffix));
            add(ops, WordOp.Kind.EQUAL, deleted.substring(deleted.length() - suffix));
        }
        deleted.setLength(0);
        inserted.setLength(0);
    }

    /** Adds a run, merged into the last one when of the same kind. */
    private static void add(List<WordOp> ops, WordOp.Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = ops.size() - 1;
        if (last >= 0 && ops.get(last).op() == kind) {
            ops.set(last, new WordOp(kind, ops.get(last).text() + text));
        } else {
            ops.add(new WordOp(kind, text));
        }
    }

    /**
     * The text's tokens, which joined give the text back. A word is a run of letters, digits and combining marks,
     * except that every CJK character (which scripts write without spaces) is a word of its own; a whitespace run
     * is one token; any other code point (punctuation, an emoji) is one token. The cut is by code point, so no
     * token splits a surrogate pair.
     */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        TokenClass current = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            TokenClass kind = TokenClass.of(codePoint);
            if (current != null && (kind != current || !kind.runs)) {
                tokens.add(text.substring(start, i));
                start = i;
            }
            current = kind;
            i += Character.charCount(codePoint);
        }
        if (start < text.length()) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /** Whether the code point is whitespace, as a token of whitespace holds. */
    static boolean isSpace(int codePoint) {
        return TokenClass.of(codePoint) == TokenClass.SPACE;
    }

    /** Whether a token counts as a word (for similarity), rather than whitespace or punctuation. */
    static boolean isWord(String token) {
        TokenClass kind = TokenClass.of(token.codePointAt(0));
        return kind == TokenClass.WORD || kind == TokenClass.CJK;
    }

    private enum TokenClass {
        WORD(true),
        CJK(false),
        SPACE(true),
        OTHER(false);

        /**
         * No code point below this (CJK Radicals Supplement) is of the Han, Hiragana or Katakana script, so the
         * script lookup, a binary search per code point, is skipped for the Latin, Greek, Cyrillic and other texts
         * below it.
         */
        private static final int FIRST_CJK = 0x2E80;

        /** whether neighbouring code points of the class make one token */
        final boolean runs;

        TokenClass(boolean runs) {
            this.runs = runs;
        }

        /** The classes of the ASCII code points, looked up rather than worked out for each code point. */
        private static final TokenClass[] ASCII = new TokenClass[128];

        static {
            for (int codePoint = 0; codePoint < ASCII.length; codePoint++) {
                ASCII[codePoint] = classify(codePoint);
            }
        }

        static TokenClass of(int codePoint) {
            return codePoint < ASCII.length ? ASCII[codePoint] : classify(codePoint);
        }

        private static TokenClass classify(int codePoint) {
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                return SPACE;
            }
            if (codePoint >= FIRST_CJK && isCjk(codePoint)) {
                return CJK;
            }
            if (Character.isLetterOrDigit(codePoint)) {
                return WORD;
            }
            int type = Character.getType(codePoint);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                return WORD;
            }
            return OTHER;
        }

        /** No code point below U+2E80 is of these scripts: the common case skips the script table's search. */
        private static boolean isCjk(int codePoint) {
            if (codePoint < 0x2E80) {
                return false;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            return script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        }
    }
}
