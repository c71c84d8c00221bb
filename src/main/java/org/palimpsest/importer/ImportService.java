package org.palimpsest.importer;

import org.palimpsest.entry.api.ImportKey;
import org.palimpsest.entry.command.EntryWriter;
import org.springframework.stereotype.Service;

/**
 * Turns a HistoryMaps page into an entry: one IMPORT event, revision 1. A page is imported once for the life of
 * the store: a page with the timeline and title of one imported before ({@link ImportKey}) answers that entry,
 * however it was edited since. Asked to import it {@code again}, it makes a new entry.
 */
@Service
public class ImportService {

    static final String SUMMARY = "Imported from a HistoryMaps page";

    private final EntryWriter writer;

    ImportService(EntryWriter writer) {
        this.writer = writer;
    }

    /**
     * Imports the page as it came, its bytes UTF-8 text (anything else is refused, see {@link PageDecoder}).
     *
     * @throws PageParseException when the page cannot be read; nothing is recorded then
     */
    public ImportResult importPage(byte[] page, String author, boolean again) {
        return importPage(PageDecoder.decode(page), author, again);
    }

    ImportResult importPage(String text, String author, boolean again) {
        HistoryMapsPage page = HistoryMapsPageParser.parse(text);
        EntryWriter.Imported imported = writer.importPage(
                page.content(), author, SUMMARY, page.lastUpdated(), again ? null : ImportKey.of(page.content()));
        return imported.existed() ? ImportResult.existing(imported.id()) : ImportResult.created(imported.id());
    }
}
