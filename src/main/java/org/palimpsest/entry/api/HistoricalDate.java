package org.palimpsest.entry.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A date as historians write it: a year (negative for BCE; there is no year 0), an optional month and
 * day, how precise it was given, whether it is approximate, and an optional end for a range. Months and
 * days are checked against the proleptic Gregorian calendar. {@code display} is always derived.
 */
public record HistoricalDate(
        int year,
        Integer month,
        Integer day,
        DatePrecision precision,
        boolean circa,
        HistoricalDate end,
        String display) {

    public static final int MAX_ABS_YEAR = 100_000;

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public HistoricalDate {
        if (year == 0) {
            throw new InvalidEntryException("date", "date: there is no year 0 (1 BCE is followed by 1 CE)");
        }
        if (Math.abs(year) > MAX_ABS_YEAR) {
            throw new InvalidEntryException("date", "date: year " + year + " is outside ±" + MAX_ABS_YEAR);
        }
        if (day != null && month == null) {
            throw new InvalidEntryException("date", "date: a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new InvalidEntryException("date", "date: month " + month + " does not exist");
        }
        if (day != null && (day < 1 || day > daysIn(year, month))) {
            throw new InvalidEntryException(
                    "date", "date: " + HistoricalDates.MONTHS.get(month - 1) + " " + year(year) + " has no day " + day);
        }
        DatePrecision given =
                day != null ? DatePrecision.DAY : month != null ? DatePrecision.MONTH : DatePrecision.YEAR;
        if (precision != null && precision != given) {
            throw new InvalidEntryException(
                    "date", "date: precision " + precision + " does not match the fields given (" + given + ")");
        }
        precision = given;
        if (end != null) {
            if (end.end() != null || end.circa()) {
                throw new InvalidEntryException("date", "date: the end of a range cannot itself be a range or circa");
            }
            if (end.lastKey() < startKey(year, month, day)) {
                throw new InvalidEntryException("date", "date: the range ends before it starts");
            }
        }
        display = HistoricalDates.format(year, month, day, circa, end);
    }

    public static HistoricalDate of(int year, Integer month, Integer day) {
        return new HistoricalDate(year, month, day, null, false, null, null);
    }

    /** Accepts the display form ("1950 Apr 1", "216 BCE Aug 2", "c. 1200", "1950 Jun 25 - 1953 Jul 27"). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HistoricalDate parse(String text) {
        return HistoricalDates.parse(text);
    }

    /** Orders BCE before CE and, within a year or month, the coarser date first. */
    @JsonIgnore
    public long sortKey() {
        return startKey(year, month, day);
    }

    /** The key of the last day the date covers: "1950 Jun" ends after "1950 Jun 25". */
    private long lastKey() {
        return year * 10_000L + (month == null ? 1299 : month * 100L + (day == null ? 99 : day));
    }

    private static long startKey(int year, Integer month, Integer day) {
        return year * 10_000L + (month == null ? 0 : month * 100L) + (day == null ? 0 : day);
    }

    private static int daysIn(int year, int month) {
        int astronomicalYear = year < 0 ? year + 1 : year;
        return java.time.YearMonth.of(astronomicalYear, month).lengthOfMonth();
    }

    private static String year(int year) {
        return year < 0 ? -year + " BCE" : String.valueOf(year);
    }
}
