package org.palimpsest.importer;

import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.entry.article.ArticleRepository;
import org.palimpsest.entry.command.EntryWriter;
import org.springframework.stereotype.Service;

/**
 * Turns a HistoryMaps page into an entry: one IMPORT event, revision 1. A page whose timeline and title
 * an entry already has is not imported again.
 */
@Service
public class ImportService {

    static final String SUMMARY = "Imported from a HistoryMaps page";

    private final EntryWriter writer;
    private final ArticleRepository articles;

    ImportService(EntryWriter writer, ArticleRepository articles) {
        this.writer = writer;
        this.articles = articles;
    }

    /** @throws PageParseException when the page cannot be read; nothing is recorded then */
    public synchronized ImportResult importPage(String text, String author) {
        HistoryMapsPage page = HistoryMapsPageParser.parse(text);
        return articles.findByTimelineAndTitle(page.content().timeline(), page.content().title())
                .map(existing -> ImportResult.existing(existing.id()))
                .orElseGet(() -> ImportResult.created(writer.create(page.content(), RevisionKind.IMPORT, author,
                        SUMMARY, page.lastUpdated())));
    }
}
