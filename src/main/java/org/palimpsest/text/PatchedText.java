package org.palimpsest.text;

/**
 * A text that takes {@link TextPatch}es one after another in one buffer, each hunk replaced in place, and is copied
 * out once at the end. Folding a run of patches with {@link TextPatch#applyTo} copies the whole text twice per patch;
 * this copies only the part after each hunk, which is what makes a past revision of a long body cheap to rebuild.
 */
public final class PatchedText {

    private final StringBuilder text;

    public PatchedText(String base) {
        text = new StringBuilder(base.length() + 256).append(base);
    }

    /**
     * Applies the patch, or throws {@link PatchMismatchException} and leaves the text as it was when the patch was
     * not made from it.
     */
    public PatchedText apply(TextPatch patch) {
        patch.checkBase(text);
        for (int i = patch.hunks().size() - 1; i >= 0; i--) {
            TextPatch.Hunk hunk = patch.hunks().get(i);
            text.replace(hunk.at(), hunk.at() + hunk.delete().length(), hunk.insert());
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
