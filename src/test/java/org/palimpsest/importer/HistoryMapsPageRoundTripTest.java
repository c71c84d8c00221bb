package org.palimpsest.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.Image;
import org.palimpsest.entry.api.InvalidEntryException;
import org.palimpsest.entry.api.Location;

class HistoryMapsPageRoundTripTest {

    @Property(tries = 1000)
    void everyPageTheFormatCanCarryReadsBackEqual(@ForAll("carriablePages") HistoryMapsPage page) {
        assertThat(HistoryMapsPageParser.parse(HistoryMapsPageWriter.write(page)))
                .isEqualTo(page);
    }

    @Property(tries = 1000)
    void theWriterEitherRefusesAPageOrWritesItSoItReadsBackEqual(@ForAll("awkwardPages") HistoryMapsPage page) {
        String text;
        try {
            text = HistoryMapsPageWriter.write(page);
        } catch (IllegalArgumentException refused) {
            Statistics.collect("refused");
            return;
        }
        Statistics.collect("written");
        assertThat(HistoryMapsPageParser.parse(text)).isEqualTo(page);
    }

    @Property(tries = 1000)
    void anyTextIsReadOrRefusedOnALineOfItAndWhatIsReadExportsAndReimportsEqual(@ForAll("pageLikeTexts") String text) {
        Throwable failure = catchThrowable(() -> HistoryMapsPageParser.parse(text));
        if (failure != null) {
            Statistics.collect("refused");
            assertThat(failure).isInstanceOf(PageParseException.class);
            assertThat(((PageParseException) failure).lineNumber()).isBetween(0, text.split("\r\n|\r|\n", -1).length);
            return;
        }
        Statistics.collect("read");
        HistoryMapsPage page = HistoryMapsPageParser.parse(text);
        assertThat(HistoryMapsPageParser.parse(HistoryMapsPageWriter.write(page)))
                .isEqualTo(page);
    }

    @Provide
    Arbitrary<HistoryMapsPage> carriablePages() {
        Arbitrary<Image> image = Combinators.combine(
                        line().injectNull(0.3), line().map(l -> "©" + l).injectNull(0.3))
                .filter((caption, attribution) -> caption != null || attribution != null)
                .as((caption, attribution) -> new Image(null, caption, attribution));
        Arbitrary<Location> location =
                line().filter(PlaceLine::looksLikePlace).map(name -> new Location(name, null, null));
        Arbitrary<String> paragraph =
                line().list().ofMinSize(1).ofMaxSize(3).map(lines -> String.join("\n", lines) + " fin.");
        Arbitrary<String> body = paragraph.list().ofMaxSize(4).map(paragraphs -> String.join("\n\n", paragraphs));
        Arbitrary<EntryContent> content = Combinators.combine(
                        line(), line(), dates(), location.injectNull(0.3), image.injectNull(0.3), body)
                .as((title, timeline, date, where, picture, text) ->
                        new EntryContent(title, timeline, date, where, picture, text, List.of()));
        return Combinators.combine(content, lastUpdated().injectNull(0.3)).as(HistoryMapsPage::new);
    }

    @Provide
    Arbitrary<HistoryMapsPage> awkwardPages() {
        Arbitrary<String> text = awkward();
        Arbitrary<Image> image = Combinators.combine(text.injectNull(0.3), text.injectNull(0.3))
                .as((caption, attribution) -> new Image(null, caption, attribution));
        Arbitrary<Location> location = text.map(name -> new Location(name, null, null));
        Arbitrary<EntryContent> content = Combinators.combine(
                        text, text, dates(), location.injectNull(0.3), image.injectNull(0.3), text)
                .as((title, timeline, date, where, picture, body) ->
                        new EntryContent(title, timeline, date, where, picture, body, List.of()));
        return Combinators.combine(content, lastUpdated().injectNull(0.5)).as(HistoryMapsPage::new);
    }

    @Provide
    Arbitrary<String> pageLikeTexts() {
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of("", "", " ", "\t")),
                Tuple.of(
                        8,
                        Arbitraries.of(
                                "Korean War",
                                "Stalin and Mao",
                                "Moscow, Russia",
                                "Washington, D.C.",
                                "A sentence.",
                                "Two lines\nof text.",
                                "元寇 👨‍👩‍👧",
                                "Μάχη",
                                "Herodotus")),
                Tuple.of(
                        5,
                        Arbitraries.of(
                                "1950 Apr 1",
                                "1950 Jun",
                                "c. 1200",
                                "216 BCE Aug 2",
                                "1950 Jun 25 - 1953 Jul 27",
                                "1950 Feb 30",
                                "Caption ©Someone",
                                "©Someone",
                                "Caption")),
                Tuple.of(
                        2,
                        Arbitraries.of(
                                "Last Updated: Mon Jan 02 2023",
                                "Last Updated: never",
                                "Donate",
                                "Today",
                                "HistoryMaps Shop")),
                Tuple.of(1, Arbitraries.of("\uFEFF", "\u00A0x ", "\u0000", "\uD800", "\r")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(6)));
        Arbitrary<String> lineBreak = Arbitraries.of("\n", "\n", "\n", "\r\n");
        Arbitrary<String> start = Arbitraries.of("", "Korean War\n\nStalin and Mao\n1950 Apr 1\n\n");
        return Combinators.combine(start, line.list().ofMaxSize(24), lineBreak)
                .as((header, lines, separator) -> header + String.join(separator, lines));
    }

    private static Arbitrary<String> line() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings()
                        .withCharRange('\u0370', '\u03FF')
                        .ofMinLength(1)
                        .ofMaxLength(6),
                Arbitraries.of(
                        "元寇",
                        "文永の役",
                        "👨‍👩‍👧",
                        "🏛️",
                        "naïve",
                        "e\u0301",
                        "D.C.",
                        "(Istanbul)",
                        "«Rome»",
                        "1950",
                        "c.",
                        "-",
                        "—",
                        "Today",
                        "Herodotus",
                        "©"));
        return word.list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(words -> String.join(" ", words))
                .filter(l -> l.indexOf('©') < 0 && !SiteText.isMarker(l));
    }

    private static Arbitrary<String> awkward() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        " ",
                        "\t",
                        "\n",
                        "\n\n",
                        "\n\n\n",
                        "\r\n",
                        "\r",
                        ".",
                        "©",
                        "© Someone",
                        "Last Updated:",
                        "Last Updated: Mon Jan 02 2023",
                        "Donate",
                        "Today",
                        "\uFEFF",
                        "\u00A0",
                        "\u0000",
                        "\u0085",
                        "\uFFFD",
                        "\uD800",
                        "1950 Apr 1",
                        "Moscow, Russia",
                        "D.C.",
                        "A sentence."),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6));
        return piece.list().ofMaxSize(5).map(list -> String.join("", list));
    }

    private static Arbitrary<HistoricalDate> dates() {
        Arbitrary<HistoricalDate> start = point(true);
        return Combinators.combine(start, point(false).injectNull(0.6)).as(HistoryMapsPageRoundTripTest::range);
    }

    private static HistoricalDate range(HistoricalDate start, HistoricalDate end) {
        if (end == null) {
            return start;
        }
        try {
            return new HistoricalDate(start.year(), start.month(), start.day(), null, start.circa(), end, null);
        } catch (InvalidEntryException endsBeforeStart) {
            return start;
        }
    }

    private static Arbitrary<HistoricalDate> point(boolean mayBeCirca) {
        Arbitrary<Integer> year = Arbitraries.integers()
                .between(-HistoricalDate.MAX_ABS_YEAR, HistoricalDate.MAX_ABS_YEAR)
                .filter(y -> y != 0);
        Arbitrary<Integer> month = Arbitraries.integers().between(1, 12).injectNull(0.3);
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 28).injectNull(0.3);
        Arbitrary<Boolean> circa = mayBeCirca ? Arbitraries.of(true, false) : Arbitraries.just(false);
        return Combinators.combine(year, month, day, circa)
                .as((y, m, d, c) -> new HistoricalDate(y, m, m == null ? null : d, null, c, null, null));
    }

    private static Arbitrary<LocalDate> lastUpdated() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(-9999, 1, 1).toEpochDay(),
                        LocalDate.of(99999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
