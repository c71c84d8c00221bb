package org.palimpsest.importer;

import java.util.ArrayList;
import java.util.List;
import org.palimpsest.entry.api.EntryContent;

/**
 * Writes a page the way HistoryMaps shows it, minus the site's own text, so that
 * {@code HistoryMapsPageParser.parse(write(page))} equals {@code page}. Paragraphs are set two blank lines
 * apart as on the site; the reader joins them with one, which is what the body holds.
 */
public final class HistoryMapsPageWriter {

    private static final String SITE_PARAGRAPH_BREAK = "\n\n\n";

    private HistoryMapsPageWriter() {}

    /**
     * @throws IllegalArgumentException when the page holds something the format cannot carry (an image URL,
     *                                  coordinates, sources, or text a reader would place elsewhere)
     * @throws org.palimpsest.entry.api.InvalidEntryException when the content breaks an entry rule
     */
    public static String write(HistoryMapsPage page) {
        WritablePage.check(page);
        EntryContent content = page.content();
        List<String> blocks = new ArrayList<>();
        blocks.add(content.timeline());
        List<String> header = new ArrayList<>();
        header.add(content.title());
        if (content.image() != null) {
            header.add(ImageLine.write(content.image()));
        }
        header.add(content.date().display());
        blocks.add(String.join("\n", header));
        blocks.add(content.title());
        if (content.location() != null) {
            blocks.add(content.location().name());
        }
        if (!content.body().isEmpty()) {
            blocks.add(content.body().replace(Body.PARAGRAPH_BREAK, SITE_PARAGRAPH_BREAK));
        }
        if (page.lastUpdated() != null) {
            blocks.add(SiteText.lastUpdatedLine(page.lastUpdated()));
        }
        return String.join("\n\n", blocks) + "\n";
    }
}
