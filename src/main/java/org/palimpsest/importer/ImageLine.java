package org.palimpsest.importer;

import org.palimpsest.entry.api.Image;

/**
 * The line between title and date: a caption, then the attribution, which HistoryMaps always opens with
 * "©". The page carries no image URL, so an imported image has none.
 */
final class ImageLine {

    static final char ATTRIBUTION_MARK = '©';

    private ImageLine() {}

    static Image read(String line) {
        int mark = line.indexOf(ATTRIBUTION_MARK);
        String caption = PageText.strip(mark < 0 ? line : line.substring(0, mark));
        String attribution = mark < 0 ? null : PageText.strip(line.substring(mark));
        return new Image(null, caption.isEmpty() ? null : caption, attribution);
    }

    static String write(Image image) {
        if (image.caption() == null) {
            return image.attribution();
        }
        return image.attribution() == null ? image.caption() : image.caption() + " " + image.attribution();
    }
}
