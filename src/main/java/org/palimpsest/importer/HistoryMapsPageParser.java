package org.palimpsest.importer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryRules;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.InvalidEntryException;
import org.palimpsest.entry.api.Location;

/**
 * Reads a HistoryMaps event page copied as text:
 * <pre>
 * timeline
 *
 * title
 * [caption ©attribution]      optional image line
 * date                        e.g. 1950 Apr 1
 *
 * [title]                     the page repeats the title as a heading
 *
 * [location]                  optional
 *
 * paragraphs, separated by blank lines
 *
 * Last Updated: Mon Jan 02 2023
 * ...the site's own text
 * </pre>
 * How a line is placed:
 * <ul>
 * <li>Line endings may be CRLF, LF or CR; any number of blank lines separates sections; structural lines
 * are compared stripped ({@link PageText#strip}), which also drops a leading byte order mark.</li>
 * <li>The first "Last Updated:" line ends the entry and gives {@code lastUpdated}; without one, the entry
 * ends at the first line below its heading that is one of the site's own headings ("Donate", "Today"…).</li>
 * <li>The first non-blank line is the timeline, the next the title.</li>
 * <li>Title, image line and date stand on consecutive lines, so the date is the last line of the run
 * below the title and an image line is whatever sits between them: a caption is never taken for a date
 * however much it looks like one. The image line is split at its first "©".</li>
 * <li>Below the date, a line equal to the title is the heading and is skipped.</li>
 * <li>The next block is the location if it is a single line that looks like a place ({@link PlaceLine});
 * otherwise the page has no location and that block is the first paragraph.</li>
 * <li>Everything else is the body ({@link Body}): lines kept exactly, paragraphs joined by one blank line.</li>
 * </ul>
 */
public final class HistoryMapsPageParser {

    // Only words a failure: a line that starts like a date was meant as one, anything else means no date line.
    private static final Pattern DATE_LIKE =
            Pattern.compile("^(?:c\\.?|ca\\.|circa)?\\s*\\d", Pattern.CASE_INSENSITIVE);

    private final List<String> raw;
    private final List<String> lines;
    private final Map<String, Integer> fieldLines = new HashMap<>();
    private int end;

    private HistoryMapsPageParser(List<String> raw) {
        this.raw = raw;
        this.lines = raw.stream().map(PageText::strip).toList();
        this.end = raw.size();
    }

    public static HistoryMapsPage parse(String text) {
        if (text == null) {
            throw new PageParseException(0, "no text");
        }
        List<String> raw = PageText.lines(text);
        refuseNonText(raw);
        if (raw.stream().allMatch(PageText::isBlank)) {
            throw new PageParseException(0, "empty page");
        }
        return new HistoryMapsPageParser(raw).read();
    }

    private static void refuseNonText(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            int at = PageText.firstNonText(raw.get(i));
            if (at >= 0) {
                throw new PageParseException(
                        i + 1,
                        "holds " + PageText.describe(raw.get(i).charAt(at)) + " at column " + (at + 1)
                                + ": this is binary data or text in a wrong encoding, not a page");
            }
        }
    }

    private HistoryMapsPage read() {
        LocalDate lastUpdated = cutAtLastUpdated();
        int timeline = nextNonBlank(0);
        if (timeline < 0) {
            throw new PageParseException(
                    number(end), "no timeline: the page has nothing before '" + SiteText.LAST_UPDATED + "'");
        }
        int title = nextNonBlank(timeline + 1);
        if (title < 0) {
            int blamed = stopLine(timeline);
            throw new PageParseException(
                    blamed,
                    "no title: nothing follows the timeline '" + lines.get(timeline) + "'"
                            + alsoNamed(timeline, blamed));
        }
        Run run = runAfter(title);
        int date = run.afterLast() - 1;
        int image = run.size() == 2 ? run.first() : -1;
        HistoricalDate when = date(date, run.first());
        int after = skipHeading(date + 1, lines.get(title));
        // Looked for only below the entry's heading, so that an entry titled "Herodotus" keeps its title.
        if (lastUpdated == null) {
            cutAtSiteMarker(after);
        }
        int location = locationLine(after);
        int bodyStart = location < 0 ? after : location + 1;
        remember("timeline", timeline);
        remember("title", title);
        remember("date", date);
        remember("image", image);
        remember("location", location);
        remember("body", nextNonBlank(bodyStart));
        EntryContent content = new EntryContent(
                lines.get(title),
                lines.get(timeline),
                when,
                location < 0 ? null : new Location(lines.get(location), null, null),
                image < 0 ? null : ImageLine.read(lines.get(image)),
                Body.join(raw.subList(bodyStart, end)),
                List.of());
        validate(content);
        return new HistoryMapsPage(content, lastUpdated);
    }

    private LocalDate cutAtLastUpdated() {
        for (int i = 0; i < raw.size(); i++) {
            if (SiteText.isLastUpdated(lines.get(i))) {
                end = i;
                return SiteText.lastUpdated(lines.get(i))
                        .orElseThrow(() -> new PageParseException(
                                number(end),
                                "'" + lines.get(end) + "' has no date of the form '" + SiteText.example() + "'"));
            }
        }
        return null;
    }

    private void cutAtSiteMarker(int from) {
        for (int i = from; i < end; i++) {
            if (SiteText.isMarker(lines.get(i))) {
                end = i;
                return;
            }
        }
    }

    /** Consecutive non-blank lines, from {@code first} to just before {@code afterLast}. */
    private record Run(int first, int afterLast) {
        int size() {
            return afterLast - first;
        }
    }

    /** The run of non-blank lines below the title; blank lines before it are tolerated. */
    private Run runAfter(int title) {
        int first = nextNonBlank(title + 1);
        if (first < 0) {
            int blamed = stopLine(title);
            throw new PageParseException(
                    blamed,
                    "no date line: nothing follows the title '" + lines.get(title) + "'" + alsoNamed(title, blamed));
        }
        int afterLast = first;
        while (afterLast < end && !PageText.isBlank(raw.get(afterLast))) {
            afterLast++;
        }
        if (afterLast - first > 2) {
            throw new PageParseException(
                    number(first + 2),
                    "cannot place '" + lines.get(first + 2)
                            + "': under the title come at most an image line and the date line, then a blank line");
        }
        return new Run(first, afterLast);
    }

    private HistoricalDate date(int line, int runStart) {
        try {
            return HistoricalDate.parse(lines.get(line));
        } catch (InvalidEntryException e) {
            throw new PageParseException(number(line), whyNotADate(line, runStart, e));
        }
    }

    private String whyNotADate(int line, int runStart, InvalidEntryException e) {
        String text = lines.get(line);
        if (line > runStart && isDate(lines.get(runStart))) {
            return "cannot place '" + text + "': the date line (line " + number(runStart)
                    + ") must be followed by a blank line";
        }
        if (DATE_LIKE.matcher(text).find() && text.indexOf(ImageLine.ATTRIBUTION_MARK) < 0) {
            return "'" + text + "' is not a possible date: " + e.getMessage();
        }
        return "no date line: expected a date under the title, found '" + text + "' (" + e.getMessage() + ")";
    }

    private static boolean isDate(String text) {
        try {
            HistoricalDate.parse(text);
            return true;
        } catch (InvalidEntryException e) {
            return false;
        }
    }

    private int skipHeading(int from, String title) {
        int heading = nextNonBlank(from);
        return heading >= 0 && lines.get(heading).equals(title) ? heading + 1 : from;
    }

    /**
     * The first block below the heading is the location when it is a single line that looks like a place
     * name (see {@link PlaceLine}); otherwise the page has no location and that block is the first paragraph.
     */
    private int locationLine(int from) {
        int candidate = nextNonBlank(from);
        if (candidate < 0) {
            return -1;
        }
        boolean standsAlone = candidate + 1 == end || PageText.isBlank(raw.get(candidate + 1));
        return standsAlone && PlaceLine.looksLikePlace(lines.get(candidate)) ? candidate : -1;
    }

    /** EntryRules names the field first ("title: 301 characters…"); the page knows which line held it. */
    private void validate(EntryContent content) {
        try {
            EntryRules.validate(content);
        } catch (InvalidEntryException e) {
            String field = e.getMessage().split("[.:\\[]", 2)[0];
            throw new PageParseException(fieldLines.getOrDefault(field, 0), e.getMessage());
        }
    }

    private void remember(String field, int line) {
        if (line >= 0) {
            fieldLines.put(field, number(line));
        }
    }

    private int nextNonBlank(int from) {
        for (int i = from; i < end; i++) {
            if (!PageText.isBlank(raw.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The line to blame when the page stops too early: the "Last Updated:" stamp that ended it, or else the
     * last line that was read, so that a one-line page is blamed on its line 1 rather than on none.
     */
    private int stopLine(int lastRead) {
        return end < raw.size() ? end + 1 : lastRead + 1;
    }

    private static String alsoNamed(int index, int blamed) {
        return index + 1 == blamed ? "" : " (line " + (index + 1) + ")";
    }

    /** 1-based line number, or 0 when the page simply ran out of lines. */
    private int number(int index) {
        return index < raw.size() ? index + 1 : 0;
    }
}
