package org.palimpsest.importer;

import org.palimpsest.entry.api.EntryRules;

/**
 * Tells a location line from the first paragraph when a page may have either: a place name stands alone
 * on its line, fits the model's limit and does not end like a sentence.
 */
final class PlaceLine {

    private static final String CLOSERS = "\"'”’»)]}";
    private static final String SENTENCE_ENDS = ".!?…:;。！？";

    private PlaceLine() {}

    static boolean looksLikePlace(String line) {
        return !line.isEmpty() && line.length() <= EntryRules.MAX_LOCATION_NAME && !endsLikeSentence(line);
    }

    private static boolean endsLikeSentence(String line) {
        int end = line.length();
        while (end > 0 && CLOSERS.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || SENTENCE_ENDS.indexOf(line.charAt(end - 1)) < 0) {
            return false;
        }
        return line.charAt(end - 1) != '.' || !endsWithDottedAbbreviation(line.substring(0, end));
    }

    /** "Washington, D.C." names a place; its final dot closes an abbreviation, not a sentence. */
    private static boolean endsWithDottedAbbreviation(String text) {
        String lastWord = text.substring(text.lastIndexOf(' ') + 1);
        return lastWord.indexOf('.') < lastWord.length() - 1;
    }
}
