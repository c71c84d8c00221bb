package org.palimpsest.entry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.Image;
import org.palimpsest.entry.api.Location;
import org.palimpsest.entry.api.Source;
import org.palimpsest.entry.article.ArticleView;

/** An entry as the API shows it: its fields at the top level, with its revision. */
record EntryResponse(String id, long revision, String title, String timeline, HistoricalDate date, Location location,
                     Image image, String body, List<Source> sources, Instant createdAt, String createdBy,
                     Instant updatedAt, String updatedBy, LocalDate sourceUpdated) {

    static EntryResponse of(ArticleView view) {
        EntryContent c = view.content();
        return new EntryResponse(view.id(), view.revision(), c.title(), c.timeline(), c.date(), c.location(),
                c.image(), c.body(), c.sources(), view.createdAt(), view.createdBy(), view.updatedAt(),
                view.updatedBy(), view.sourceUpdated());
    }
}
