package org.palimpsest.entry.api;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HistoryMaps text form of {@link HistoricalDate}: parsing and formatting. */
final class HistoricalDates {

    static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private static final Pattern CIRCA = Pattern.compile("^(?:circa|ca\\.?|c\\.?)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("\\s+[-–—]\\s+|\\s*[–—]\\s*");
    private static final Pattern POINT = Pattern.compile(
            "(\\d{1,6})(?:\\s*(BCE|BC|CE|AD))?(?:\\s+([A-Za-z]+)\\.?(?:\\s+(\\d{1,2}))?)?", Pattern.CASE_INSENSITIVE);

    private HistoricalDates() {}

    static HistoricalDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidEntryException("date", "date: empty");
        }
        String rest = text.strip();
        Matcher circa = CIRCA.matcher(rest);
        boolean isCirca = circa.find() && circa.end() < rest.length() && Character.isDigit(rest.charAt(circa.end()));
        if (isCirca) {
            rest = rest.substring(circa.end());
        }
        String[] parts = RANGE.split(rest, -1);
        if (parts.length > 2) {
            throw new InvalidEntryException("date", "date: '" + text + "' has more than one range separator");
        }
        HistoricalDate end = parts.length == 2 ? point(parts[1], text, false, null) : null;
        return point(parts[0], text, isCirca, end);
    }

    private static HistoricalDate point(String part, String whole, boolean circa, HistoricalDate end) {
        Matcher m = POINT.matcher(part.strip());
        if (!m.matches()) {
            throw new InvalidEntryException(
                    "date",
                    "date: cannot read '" + whole
                            + "' (expected forms: 1206, 1950 Jun, 1950 Apr 1, 216 BCE Aug 2, c. 1200, 1950 Jun 25 - 1953 Jul 27)");
        }
        int year = Integer.parseInt(m.group(1));
        String era = m.group(2);
        if (era != null && era.toUpperCase(Locale.ROOT).startsWith("B")) {
            year = -year;
        }
        Integer month = m.group(3) == null ? null : month(m.group(3), whole);
        Integer day = m.group(4) == null ? null : Integer.parseInt(m.group(4));
        return new HistoricalDate(year, month, day, null, circa, end, null);
    }

    private static int month(String name, String whole) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            String abbreviation = MONTHS.get(i).toLowerCase(Locale.ROOT);
            String full = java.time.Month.of(i + 1).name().toLowerCase(Locale.ROOT);
            if (lower.equals(abbreviation) || lower.equals(full) || (lower.equals("sept") && i == 8)) {
                return i + 1;
            }
        }
        throw new InvalidEntryException("date", "date: '" + name + "' in '" + whole + "' is not a month");
    }

    static String format(int year, Integer month, Integer day, boolean circa, HistoricalDate end) {
        StringBuilder text = new StringBuilder();
        if (circa) {
            text.append("c. ");
        }
        text.append(Math.abs(year));
        if (year < 0) {
            text.append(" BCE");
        }
        if (month != null) {
            text.append(' ').append(MONTHS.get(month - 1));
        }
        if (day != null) {
            text.append(' ').append(day);
        }
        if (end != null) {
            text.append(" - ").append(end.display());
        }
        return text.toString();
    }
}
