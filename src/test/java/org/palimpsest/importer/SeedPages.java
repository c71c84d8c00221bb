package org.palimpsest.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed page copied from HistoryMaps, as the tests read it. */
final class SeedPages {

    static final Path STALIN_AND_MAO = Path.of("seeds", "000_1c6a75529d828652.txt");

    private SeedPages() {}

    static String stalinAndMao() {
        try {
            return Files.readString(STALIN_AND_MAO, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed with one line (1-based) replaced. */
    static String stalinAndMaoWithLine(int number, String replacement) {
        String[] lines = stalinAndMao().split("\n", -1);
        lines[number - 1] = replacement;
        return String.join("\n", lines);
    }

    /** The seed without one line (1-based). */
    static String stalinAndMaoWithoutLine(int number) {
        String[] lines = stalinAndMao().split("\n", -1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i != number - 1) {
                text.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
            }
        }
        return text.toString();
    }
}
