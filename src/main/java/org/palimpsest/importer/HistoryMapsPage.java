package org.palimpsest.importer;

import java.time.LocalDate;
import java.util.Objects;
import org.palimpsest.entry.api.EntryContent;

/**
 * One HistoryMaps event page: the entry it describes and the day the site last changed it, when the page
 * says so ({@code lastUpdated} is then null).
 */
public record HistoryMapsPage(EntryContent content, LocalDate lastUpdated) {

    public HistoryMapsPage {
        Objects.requireNonNull(content, "content");
    }
}
