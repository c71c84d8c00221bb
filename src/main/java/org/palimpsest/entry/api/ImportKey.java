package org.palimpsest.entry.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two imported pages the same page: their timeline and title as the page gives them. Stored in the
 * created event, so that an entry stays recognised as that page's import whatever editors later do to it.
 */
public final class ImportKey {

    private ImportKey() {}

    public static String of(EntryContent page) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((page.timeline() + '\n' + page.title()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
