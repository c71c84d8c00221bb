package org.palimpsest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * How blame cuts a token list: paragraphs end after a whitespace token with a blank line in it, sentences after
 * whitespace that follows a full stop, question or exclamation mark or holds a line break. A range's core is the
 * range without its trailing whitespace: what a paragraph or sentence is matched by, wherever it stands.
 */
final class TokenRanges {

    record Range(int start, int end) {

        int length() {
            return end - start;
        }
    }

    private TokenRanges() {}

    static List<Range> paragraphs(List<String> tokens) {
        List<Range> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (isSpace(token) && token.indexOf('\n') != token.lastIndexOf('\n')) {
                paragraphs.add(new Range(start, i + 1));
                start = i + 1;
            }
        }
        if (start < tokens.size()) {
            paragraphs.add(new Range(start, tokens.size()));
        }
        return paragraphs;
    }

    static List<Range> sentences(List<String> tokens, Range paragraph) {
        List<Range> sentences = new ArrayList<>();
        int start = paragraph.start();
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            String token = tokens.get(i);
            if (isSpace(token) && i > start) {
                String previous = tokens.get(i - 1);
                if (token.indexOf('\n') >= 0 || previous.equals(".") || previous.equals("?") || previous.equals("!")) {
                    sentences.add(new Range(start, i + 1));
                    start = i + 1;
                }
            }
        }
        if (start < paragraph.end()) {
            sentences.add(new Range(start, paragraph.end()));
        }
        return sentences;
    }

    /** The range without its trailing whitespace tokens; empty when it holds no word. */
    static Range core(List<String> tokens, Range range) {
        int end = range.end();
        while (end > range.start() && isSpace(tokens.get(end - 1))) {
            end--;
        }
        for (int i = range.start(); i < end; i++) {
            if (WordDiff.isWord(tokens.get(i))) {
                return new Range(range.start(), end);
            }
        }
        return new Range(range.start(), range.start());
    }

    /** A 64-bit FNV-1a hash of the range's text: the key a paragraph or sentence is remembered by. */
    static long key(List<String> tokens, Range range) {
        long hash = 0xcbf29ce484222325L;
        for (int i = range.start(); i < range.end(); i++) {
            String token = tokens.get(i);
            for (int c = 0; c < token.length(); c++) {
                hash ^= token.charAt(c);
                hash *= 0x100000001b3L;
            }
        }
        return hash;
    }

    private static boolean isSpace(String token) {
        return Character.isWhitespace(token.codePointAt(0)) || Character.isSpaceChar(token.codePointAt(0));
    }
}
