package org.palimpsest.text;

import com.github.difflib.DiffUtils;
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

    public static List<WordOp> between(String before, String after) {
        return between(tokens(before), tokens(after));
    }

    static List<WordOp> between(List<String> before, List<String> after) {
        Runs runs = new Runs();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            int start = delta.getSource().getPosition();
            runs.add(WordOp.Kind.EQUAL, before.subList(position, start));
            runs.add(WordOp.Kind.DELETE, delta.getSource().getLines());
            runs.add(WordOp.Kind.INSERT, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        runs.add(WordOp.Kind.EQUAL, before.subList(position, before.size()));
        return runs.ops;
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

        /** whether neighbouring code points of the class make one token */
        final boolean runs;

        TokenClass(boolean runs) {
            this.runs = runs;
        }

        static TokenClass of(int codePoint) {
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                return SPACE;
            }
            if (isCjk(codePoint)) {
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

        private static boolean isCjk(int codePoint) {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            return script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        }
    }

    /** Ops as they come, adjacent ones of one kind merged. */
    private static final class Runs {
        final List<WordOp> ops = new ArrayList<>();

        void add(WordOp.Kind kind, List<String> tokens) {
            if (tokens.isEmpty()) {
                return;
            }
            String text = String.join("", tokens);
            int last = ops.size() - 1;
            if (last >= 0 && ops.get(last).op() == kind) {
                ops.set(last, new WordOp(kind, ops.get(last).text() + text));
            } else {
                ops.add(new WordOp(kind, text));
            }
        }
    }
}
