package org.palimpsest.entry.web;

import java.util.List;

import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.Image;
import org.palimpsest.entry.api.Location;
import org.palimpsest.entry.api.Source;
import org.palimpsest.entry.history.RevisionSummary;

/** The whole entry as it was at one revision, with that revision's line of history. */
record EntryRevisionResponse(String id, long revision, RevisionSummary history, String title, String timeline,
                             HistoricalDate date, Location location, Image image, String body,
                             List<Source> sources) {

    static EntryRevisionResponse of(String id, RevisionSummary summary, EntryContent c) {
        return new EntryRevisionResponse(id, summary.revision(), summary, c.title(), c.timeline(), c.date(),
                c.location(), c.image(), c.body(), c.sources());
    }
}
