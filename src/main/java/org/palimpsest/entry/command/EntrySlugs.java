package org.palimpsest.entry.command;

import java.text.Normalizer;
import java.util.Locale;

/** Entry ids: a lower-case slug of the title (letters of any script kept, accents dropped). */
final class EntrySlugs {

    static final int MAX_LENGTH = 80;

    private EntrySlugs() {}

    static String of(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "entry" : slug;
    }

    static String candidate(String slug, int attempt) {
        return attempt == 1 ? slug : slug + "-" + attempt;
    }
}
