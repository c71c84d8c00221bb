package org.palimpsest.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What HistoryMaps prints around an entry: the "Last Updated:" stamp, which closes the entry, and the shop,
 * donation and navigation text that follows it. Lines are compared stripped by {@link PageText#strip}.
 */
final class SiteText {

    static final String LAST_UPDATED = "Last Updated:";

    /** Lines that stand alone only in the site's own text; used to cut a page that has no stamp. */
    private static final Set<String> MARKERS = Set.of(
            "HistoryMaps Shop",
            "Shop Now",
            "There are several ways to support the HistoryMaps Project.",
            "Donate",
            "Support Page",
            "What's New",
            "New Features",
            "Timelines",
            "Articles",
            "Fixed/Updated",
            "Herodotus",
            "Today",
            "New HistoryMaps");

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("EEE MMM dd uuuu", Locale.ENGLISH);
    // A single "d" reads "02" as well as "2"; the weekday is still checked against the date.
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("EEE MMM d uuuu")
            .toFormatter(Locale.ENGLISH);

    private SiteText() {}

    static boolean isLastUpdated(String line) {
        return line.regionMatches(true, 0, LAST_UPDATED, 0, LAST_UPDATED.length());
    }

    static boolean isMarker(String line) {
        return MARKERS.contains(line);
    }

    /** Empty when the stamp's date is not one HistoryMaps writes (e.g. the weekday does not match). */
    static Optional<LocalDate> lastUpdated(String line) {
        try {
            return Optional.of(LocalDate.parse(PageText.strip(line.substring(LAST_UPDATED.length())), READ));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String lastUpdatedLine(LocalDate date) {
        return LAST_UPDATED + " " + WRITTEN.format(date);
    }

    static String example() {
        return lastUpdatedLine(LocalDate.of(2023, 1, 2));
    }
}
