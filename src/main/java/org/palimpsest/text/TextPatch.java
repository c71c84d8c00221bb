package org.palimpsest.text;

import java.util.List;

/**
 * The difference between two texts as the hunks that turn the base into the result. Positions count
 * UTF-16 code units of the base text, and a hunk never splits a surrogate pair, so a patch survives any
 * JSON round trip. Each hunk keeps the text it removes: a patch can be checked against its base and
 * inverted without the base at hand.
 */
public record TextPatch(int baseLength, List<Hunk> hunks) {

    public record Hunk(int at, String delete, String insert) {}

    public TextPatch {
        hunks = List.copyOf(hunks);
    }

    public boolean isEmpty() {
        return hunks.isEmpty();
    }

    public String applyTo(String base) {
        checkBase(base);
        StringBuilder result = new StringBuilder(base.length() + 64);
        int copied = 0;
        for (Hunk hunk : hunks) {
            result.append(base, copied, hunk.at()).append(hunk.insert());
            copied = hunk.at() + hunk.delete().length();
        }
        return result.append(base, copied, base.length()).toString();
    }

    /**
     * Throws {@link PatchMismatchException} unless the patch was made from this text: of its length, with each hunk,
     * in order, where the text holds what the hunk deletes.
     */
    void checkBase(CharSequence base) {
        if (base.length() != baseLength) {
            throw new PatchMismatchException("patch expects a base of " + baseLength + " chars, got " + base.length());
        }
        int copied = 0;
        for (Hunk hunk : hunks) {
            if (hunk.at() < copied || !holds(base, hunk.at(), hunk.delete())) {
                throw new PatchMismatchException("hunk at " + hunk.at() + " does not match its base");
            }
            copied = hunk.at() + hunk.delete().length();
        }
    }

    private static boolean holds(CharSequence text, int at, String expected) {
        if (at + expected.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            if (text.charAt(at + i) != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public TextPatch inverted() {
        int shift = 0;
        List<Hunk> inverse = new java.util.ArrayList<>(hunks.size());
        int resultLength = baseLength;
        for (Hunk hunk : hunks) {
            inverse.add(new Hunk(hunk.at() + shift, hunk.insert(), hunk.delete()));
            shift += hunk.insert().length() - hunk.delete().length();
        }
        return new TextPatch(resultLength + shift, inverse);
    }
}
