package org.palimpsest.entry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HistoricalDateTest {

    // ---- the written forms --------------------------------------------------------------------------

    @Test
    void aYearMonthAndDayIsReadAtDayPrecision() {
        HistoricalDate date = HistoricalDate.parse("1950 Apr 1");

        assertThat(date).isEqualTo(new HistoricalDate(1950, 4, 1, DatePrecision.DAY, false, null, "1950 Apr 1"));
    }

    @Test
    void aYearAndMonthIsReadAtMonthPrecision() {
        HistoricalDate date = HistoricalDate.parse("1950 Jun");

        assertThat(date).isEqualTo(new HistoricalDate(1950, 6, null, DatePrecision.MONTH, false, null, "1950 Jun"));
    }

    @Test
    void aBareYearIsReadAtYearPrecision() {
        HistoricalDate date = HistoricalDate.parse("1206");

        assertThat(date).isEqualTo(new HistoricalDate(1206, null, null, DatePrecision.YEAR, false, null, "1206"));
    }

    @Test
    void aBceYearIsNegativeAndDisplayedWithItsEra() {
        HistoricalDate date = HistoricalDate.parse("216 BCE Aug 2");

        assertThat(date.year()).isEqualTo(-216);
        assertThat(date.month()).isEqualTo(8);
        assertThat(date.day()).isEqualTo(2);
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(date.display()).isEqualTo("216 BCE Aug 2");
    }

    @Test
    void aCircaDateIsMarkedApproximateAndDisplayedWithCDot() {
        HistoricalDate date = HistoricalDate.parse("c. 1200");

        assertThat(date.circa()).isTrue();
        assertThat(date.year()).isEqualTo(1200);
        assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(date.display()).isEqualTo("c. 1200");
    }

    @Test
    void aRangeKeepsItsEndAsADate() {
        HistoricalDate date = HistoricalDate.parse("1950 Jun 25 - 1953 Jul 27");

        assertThat(date.year()).isEqualTo(1950);
        assertThat(date.month()).isEqualTo(6);
        assertThat(date.day()).isEqualTo(25);
        assertThat(date.end()).isEqualTo(HistoricalDate.of(1953, 7, 27));
        assertThat(date.display()).isEqualTo("1950 Jun 25 - 1953 Jul 27");
    }

    @ParameterizedTest
    @CsvSource({
        "1950 January 5, 1, 1950 Jan 5",
        "1950 february, 2, 1950 Feb",
        "1950 MARCH 3, 3, 1950 Mar 3",
        "1950 September 3, 9, 1950 Sep 3",
        "1950 Sept 3, 9, 1950 Sep 3",
        "1950 December, 12, 1950 Dec"
    })
    void fullMonthNamesAreReadAndDisplayedAbbreviated(String text, int month, String display) {
        HistoricalDate date = HistoricalDate.parse(text);

        assertThat(date.month()).isEqualTo(month);
        assertThat(date.display()).isEqualTo(display);
    }

    @Test
    void oneBceIsTheYearBeforeOneCe() {
        HistoricalDate date = HistoricalDate.parse("1 BCE");

        assertThat(date.year()).isEqualTo(-1);
        assertThat(date.display()).isEqualTo("1 BCE");
        assertThat(date.sortKey()).isLessThan(HistoricalDate.parse("1").sortKey());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"2000 Feb 29", "1600 Feb 29", "2024 Feb 29", "1 BCE Feb 29", "5 BCE Feb 29", "401 BCE Feb 29"})
    void february29IsAcceptedInProlepticGregorianLeapYears(String text) {
        // BCE years are astronomical year + 1: 1 BCE = year 0, 5 BCE = -4, 401 BCE = -400, all leap.
        HistoricalDate date = HistoricalDate.parse(text);

        assertThat(date.month()).isEqualTo(2);
        assertThat(date.day()).isEqualTo(29);
        assertThat(date.display()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
        "1900 Feb 29, date: Feb 1900 has no day 29",
        "2023 Feb 29, date: Feb 2023 has no day 29",
        "4 BCE Feb 29, date: Feb 4 BCE has no day 29",
        "101 BCE Feb 29, date: Feb 101 BCE has no day 29"
    })
    void february29IsRefusedOutsideLeapYears(String text, String message) {
        assertThatThrownBy(() -> HistoricalDate.parse(text))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessage(message);
    }

    // ---- refusals -----------------------------------------------------------------------------------

    @Test
    void month13IsRefused() {
        assertThatThrownBy(() -> HistoricalDate.of(1950, 13, null))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessage("date: month 13 does not exist");
    }

    @Test
    void anUnknownMonthNameIsRefusedNamingTheWord() {
        assertThatThrownBy(() -> HistoricalDate.parse("1950 Smarch 3"))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessage("date: 'Smarch' in '1950 Smarch 3' is not a month");
    }

    @Test
    void february30IsRefused() {
        assertThatThrownBy(() -> HistoricalDate.parse("1950 Feb 30"))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessage("date: Feb 1950 has no day 30");
    }

    @Test
    void dayZeroIsRefused() {
        assertThatThrownBy(() -> HistoricalDate.parse("1950 Jun 0"))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessage("date: Jun 1950 has no day 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0 BCE", "0 Jan 1"})
    void yearZeroIsRefused(String text) {
        assertThatThrownBy(() -> HistoricalDate.parse(text))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessage("date: there is no year 0 (1 BCE is followed by 1 CE)");
    }

    @Test
    void aYearBeyondTheLimitIsRefused() {
        assertThatThrownBy(() -> HistoricalDate.parse("100001"))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessage("date: year 100001 is outside ±100000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1953 - 1950", "1950 Jun 25 - 1950 Jun 24", "100 - 200 BCE"})
    void aRangeEndingBeforeItStartsIsRefused(String text) {
        assertThatThrownBy(() -> HistoricalDate.parse(text))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessage("date: the range ends before it starts");
    }

    @Test
    void aDateWithTwoRangeSeparatorsIsRefused() {
        assertThatThrownBy(() -> HistoricalDate.parse("1950 - 1951 - 1952"))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessage("date: '1950 - 1951 - 1952' has more than one range separator");
    }

    @Test
    void theEndOfARangeCannotBeCirca() {
        assertThatThrownBy(() -> new HistoricalDate(
                        1950,
                        null,
                        null,
                        null,
                        false,
                        new HistoricalDate(1953, null, null, null, true, null, null),
                        null))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessage("date: the end of a range cannot itself be a range or circa");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "1950/06/25", "1950-1953", "Jun 1950", "1950 Jun 25 extra", "12345678"})
    void unreadableTextIsRefusedListingTheAcceptedForms(String text) {
        assertThatThrownBy(() -> HistoricalDate.parse(text))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessage(
                        "date: cannot read '" + text + "' (expected forms: 1206, 1950 Jun, 1950 Apr 1, 216 BCE Aug 2,"
                                + " c. 1200, 1950 Jun 25 - 1953 Jul 27)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankTextIsRefused(String text) {
        assertThatThrownBy(() -> HistoricalDate.parse(text))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessage("date: empty");
    }

    // ---- display and order --------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "circa 1200, c. 1200",
        "ca. 1200 BC, c. 1200 BCE",
        "  1950   Jun.  25  , 1950 Jun 25",
        "216 bc aug 2, 216 BCE Aug 2",
        "1950 AD, 1950",
        "0216 CE, 216",
        "1950 Jun 25 – 1953 Jul 27, 1950 Jun 25 - 1953 Jul 27"
    })
    void theDisplayIsCanonicalWhateverTheWrittenForm(String text, String display) {
        assertThat(HistoricalDate.parse(text).display()).isEqualTo(display);
    }

    @Test
    void bceSortsBeforeCe() {
        assertThat(HistoricalDate.parse("1 BCE Dec 31").sortKey())
                .isLessThan(HistoricalDate.parse("1 Jan 1").sortKey());
        assertThat(HistoricalDate.parse("216 BCE Aug 2").sortKey())
                .isLessThan(HistoricalDate.parse("215 BCE").sortKey());
    }

    @ParameterizedTest
    @ValueSource(ints = {1950, -216})
    void withinAYearTheYearSortsBeforeItsMonthsAndAMonthBeforeItsDays(int year) {
        long yearOnly = HistoricalDate.of(year, null, null).sortKey();
        long january = HistoricalDate.of(year, 1, null).sortKey();
        long januaryFirst = HistoricalDate.of(year, 1, 1).sortKey();

        assertThat(yearOnly).isLessThan(january);
        assertThat(january).isLessThan(januaryFirst);
    }

    @Property(tries = 1000)
    void parsingTheDisplayGivesTheSameDate(@ForAll("dates") HistoricalDate date) {
        assertThat(HistoricalDate.parse(date.display())).isEqualTo(date);
    }

    @Property(tries = 1000)
    void sortKeysFollowChronologicalOrderWithCoarserDatesFirst(
            @ForAll("points") HistoricalDate a, @ForAll("points") HistoricalDate b) {
        assertThat(Long.signum(Long.compare(a.sortKey(), b.sortKey())))
                .as("%s vs %s", a.display(), b.display())
                .isEqualTo(Integer.signum(CHRONOLOGICAL.compare(a, b)));
    }

    /** Start of the period in the proleptic Gregorian calendar, then the coarser precision first. */
    private static final Comparator<HistoricalDate> CHRONOLOGICAL = Comparator.comparing(
                    (HistoricalDate d) -> LocalDate.of(
                            d.year() < 0 ? d.year() + 1 : d.year(),
                            d.month() == null ? 1 : d.month(),
                            d.day() == null ? 1 : d.day()))
            .thenComparing(HistoricalDate::precision);

    @Provide
    Arbitrary<HistoricalDate> dates() {
        Arbitrary<HistoricalDate> circaPoints = Combinators.combine(points(), Arbitraries.of(true, false))
                .as((p, circa) -> new HistoricalDate(p.year(), p.month(), p.day(), null, circa, null, null));
        Arbitrary<HistoricalDate> ranges = Combinators.combine(circaPoints, points())
                .filter((start, end) -> end.sortKey() >= start.sortKey())
                .as((start, end) ->
                        new HistoricalDate(start.year(), start.month(), start.day(), null, start.circa(), end, null));
        return Arbitraries.oneOf(circaPoints, ranges);
    }

    @Provide
    Arbitrary<HistoricalDate> points() {
        Arbitrary<Integer> years = Arbitraries.oneOf(
                        Arbitraries.integers().between(-3000, 3000),
                        Arbitraries.integers().between(-HistoricalDate.MAX_ABS_YEAR, HistoricalDate.MAX_ABS_YEAR))
                .filter(year -> year != 0);
        return years.flatMap(year -> Arbitraries.integers().between(0, 12).flatMap(month -> {
            if (month == 0) {
                return Arbitraries.just(HistoricalDate.of(year, null, null));
            }
            int days = java.time.YearMonth.of(year < 0 ? year + 1 : year, month).lengthOfMonth();
            return Arbitraries.integers()
                    .between(0, days)
                    .map(day -> HistoricalDate.of(year, month, day == 0 ? null : day));
        }));
    }
}
