package org.palimpsest.entry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.Image;
import org.palimpsest.entry.api.Location;
import org.palimpsest.entry.api.Source;

/** The body of {@code POST /api/entries}: the entry's fields and an optional edit summary. */
record CreateEntryRequest(
        @Schema(example = "Stalin and Mao") String title,
        @Schema(example = "Korean War") String timeline,

        @Schema(
                description = "a date object, or its text form such as \"1950 Apr 1\", \"216 BCE Aug 2\", \"c. 1200\"",
                example = "1950 Apr 1",
                implementation = Object.class)
        HistoricalDate date,

        Location location,
        Image image,

        @Schema(description = "Markdown; paragraphs separated by blank lines")
        String body,

        List<Source> sources,
        @Schema(example = "First version") String summary) {

    EntryContent content() {
        return new EntryContent(title, timeline, date, location, image, body, sources);
    }
}
