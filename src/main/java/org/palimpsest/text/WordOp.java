package org.palimpsest.text;

/** One run of a word diff: text both sides share, or text only the new side (insert) or the old side (delete) has. */
public record WordOp(Kind op, String text) {

    public enum Kind {
        EQUAL,
        INSERT,
        DELETE
    }

    public static WordOp equal(String text) {
        return new WordOp(Kind.EQUAL, text);
    }

    public static WordOp insert(String text) {
        return new WordOp(Kind.INSERT, text);
    }

    public static WordOp delete(String text) {
        return new WordOp(Kind.DELETE, text);
    }
}
