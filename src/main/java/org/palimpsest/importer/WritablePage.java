package org.palimpsest.importer;

import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryRules;
import org.palimpsest.entry.api.Image;
import org.palimpsest.entry.api.Location;

/**
 * What a HistoryMaps page can carry. The format has no image URL, coordinates or sources, keeps single-line
 * fields stripped, and places lines by their shape; a page outside these limits would come back different
 * from how it was written, so the writer refuses it instead of losing something silently.
 */
final class WritablePage {

    private WritablePage() {}

    static void check(HistoryMapsPage page) {
        EntryContent content = page.content();
        EntryRules.validate(content);
        boolean stamped = page.lastUpdated() != null;
        heading("timeline", content.timeline());
        heading("title", content.title());
        if (content.image() != null) {
            check(content.image());
        }
        if (content.location() != null) {
            check(content.location(), stamped);
        }
        checkBody(content, stamped);
        if (!content.sources().isEmpty()) {
            refuse("sources", "a HistoryMaps page lists no sources");
        }
    }

    private static void heading(String field, String value) {
        singleStrippedLine(field, value);
        if (SiteText.isLastUpdated(value)) {
            refuse(field, "would be read as the '" + SiteText.LAST_UPDATED + "' stamp");
        }
    }

    private static void check(Image image) {
        if (image.url() != null) {
            refuse("image.url", "a HistoryMaps page shows no image URL");
        }
        if (image.caption() == null && image.attribution() == null) {
            refuse("image", "needs a caption or an attribution to have a line of its own");
        }
        if (image.caption() != null) {
            singleStrippedLine("image.caption", image.caption());
            if (image.caption().isEmpty()) {
                refuse("image.caption", "is empty, which a reader cannot tell from no caption");
            }
            if (image.caption().indexOf(ImageLine.ATTRIBUTION_MARK) >= 0) {
                refuse("image.caption", "holds '©', which starts the attribution");
            }
        }
        if (image.attribution() != null) {
            singleStrippedLine("image.attribution", image.attribution());
            if (!image.attribution().startsWith(String.valueOf(ImageLine.ATTRIBUTION_MARK))) {
                refuse("image.attribution", "must start with '©', which is how a reader finds it");
            }
        }
        if (SiteText.isLastUpdated(ImageLine.write(image))) {
            refuse("image.caption", "would be read as the '" + SiteText.LAST_UPDATED + "' stamp");
        }
    }

    private static void check(Location location, boolean stamped) {
        if (location.lat() != null) {
            refuse("location", "a HistoryMaps page shows no coordinates");
        }
        singleStrippedLine("location.name", location.name());
        if (!PlaceLine.looksLikePlace(location.name())) {
            refuse("location.name", "ends like a sentence, so a reader would take it for the first paragraph");
        }
        siteLine("location.name", location.name(), stamped);
    }

    private static void checkBody(EntryContent content, boolean stamped) {
        String body = content.body();
        if (!Body.normalized(body).equals(body)) {
            refuse(
                    "body",
                    "must have no line breaks but LF, no leading or trailing blank lines and exactly"
                            + " one empty line between paragraphs");
        }
        readableText("body", body);
        for (String line : PageText.lines(body)) {
            siteLine("body", PageText.strip(line), stamped);
        }
        String first = body.split(Body.PARAGRAPH_BREAK, 2)[0];
        if (content.location() == null && !first.contains("\n") && PlaceLine.looksLikePlace(PageText.strip(first))) {
            refuse(
                    "body",
                    "without a location, a first paragraph of one line that does not end like a sentence"
                            + " would be read as the location");
        }
    }

    private static void siteLine(String field, String line, boolean stamped) {
        if (SiteText.isLastUpdated(line)) {
            refuse(field, "has a line that would be read as the '" + SiteText.LAST_UPDATED + "' stamp");
        }
        if (!stamped && SiteText.isMarker(line)) {
            refuse(field, "has the line '" + line + "', which without a Last Updated date marks the site's own text");
        }
    }

    private static void singleStrippedLine(String field, String value) {
        if (PageText.hasLineBreak(value)) {
            refuse(field, "must be a single line");
        }
        if (!PageText.strip(value).equals(value)) {
            refuse(field, "has leading or trailing spaces or U+FEFF, which a reader strips");
        }
        readableText(field, value);
    }

    private static void readableText(String field, String value) {
        int at = PageText.firstNonText(value);
        if (at >= 0) {
            refuse(field, "holds " + PageText.describe(value.charAt(at)) + ", which a reader refuses as binary");
        }
    }

    private static void refuse(String field, String why) {
        throw new IllegalArgumentException(field + ": " + why);
    }
}
