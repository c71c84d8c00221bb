package org.palimpsest.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.Image;
import org.palimpsest.entry.api.InvalidEntryException;
import org.palimpsest.entry.api.Location;
import org.palimpsest.entry.api.Source;

class HistoryMapsPageWriterTest {

    private static final String SEED = SeedPages.stalinAndMao();
    private static final LocalDate UPDATED = LocalDate.of(2023, 1, 2);

    private static EntryContent content(Location location, Image image, String body) {
        return new EntryContent(
                "Stalin and Mao", "Korean War", HistoricalDate.of(1950, 4, 1), location, image, body, List.of());
    }

    private static Location moscow() {
        return new Location("Moscow, Russia", null, null);
    }

    @Test
    void writesTheSeedBackAsTheSiteShowsItWithoutTheSiteText() {
        int stampEnd = SEED.indexOf('\n', SEED.indexOf("Last Updated:")) + 1;

        String written = HistoryMapsPageWriter.write(HistoryMapsPageParser.parse(SEED));

        assertThat(written).isEqualTo(SEED.substring(0, stampEnd));
    }

    @Test
    void writesNoStampWhenTheLastUpdateIsUnknown() {
        String text = HistoryMapsPageWriter.write(new HistoryMapsPage(content(moscow(), null, "One.\n\nTwo."), null));

        assertThat(text)
                .isEqualTo("Korean War\n\nStalin and Mao\n1950 Apr 1\n\nStalin and Mao\n\nMoscow, Russia\n\n"
                        + "One.\n\n\nTwo.\n");
    }

    static Stream<Arguments> pagesTheFormatCanCarry() {
        return Stream.of(
                Arguments.of("the seed", HistoryMapsPageParser.parse(SEED)),
                Arguments.of("no image", new HistoryMapsPage(content(moscow(), null, "One."), UPDATED)),
                Arguments.of("no location", new HistoryMapsPage(content(null, null, "A sentence."), UPDATED)),
                Arguments.of("no location, no body", new HistoryMapsPage(content(null, null, ""), null)),
                Arguments.of(
                        "caption only",
                        new HistoryMapsPage(content(moscow(), new Image(null, "Kim", null), "x."), UPDATED)),
                Arguments.of(
                        "attribution only",
                        new HistoryMapsPage(content(moscow(), new Image(null, null, "©Wikimedia"), "x."), UPDATED)),
                Arguments.of(
                        "caption that reads like a date",
                        new HistoryMapsPage(content(moscow(), new Image(null, "1950 Apr 1", null), "x."), UPDATED)),
                Arguments.of(
                        "paragraphs with line breaks and indentation",
                        new HistoryMapsPage(
                                content(moscow(), null, "  Indented line\nnext line  \n\n- item\n- item\n\nLast."),
                                null)),
                Arguments.of(
                        "non-ASCII",
                        new HistoryMapsPage(
                                new EntryContent(
                                        "Μάχη του Μαραθώνα",
                                        "元寇 🏯",
                                        HistoricalDate.parse("c. 490 BCE Sep - 489 BCE"),
                                        new Location("Μαραθώνας", null, null),
                                        new Image(null, "Ὁπλῖται 🛡️", "©Εικόνα"),
                                        "Οἱ Ἀθηναῖοι 👨‍👩‍👧.\n\n文永の役。",
                                        List.of()),
                                LocalDate.of(1999, 12, 31))),
                Arguments.of(
                        "a title that is also a site heading, unstamped",
                        new HistoryMapsPage(
                                new EntryContent(
                                        "Herodotus",
                                        "Today",
                                        HistoricalDate.parse("484 BCE"),
                                        null,
                                        null,
                                        "He wrote.",
                                        List.of()),
                                null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesTheFormatCanCarry")
    void writesPagesThatReadBackEqual(String name, HistoryMapsPage page) {
        assertThat(HistoryMapsPageParser.parse(HistoryMapsPageWriter.write(page)))
                .isEqualTo(page);
    }

    static Stream<Arguments> pagesTheFormatCannotCarry() {
        return Stream.of(
                Arguments.of(
                        "image.url",
                        new HistoryMapsPage(
                                content(moscow(), new Image("https://example.org/a.png", "Kim", null), "x."), UPDATED)),
                Arguments.of(
                        "image:", new HistoryMapsPage(content(moscow(), new Image(null, null, null), "x."), UPDATED)),
                Arguments.of(
                        "image.caption: holds '©'",
                        new HistoryMapsPage(content(moscow(), new Image(null, "Kim © 1950", null), "x."), UPDATED)),
                Arguments.of(
                        "image.caption: must be a single line",
                        new HistoryMapsPage(content(moscow(), new Image(null, "Kim\nIl Song", null), "x."), UPDATED)),
                Arguments.of(
                        "image.attribution: must start with '©'",
                        new HistoryMapsPage(content(moscow(), new Image(null, "Kim", "Wikimedia"), "x."), UPDATED)),
                Arguments.of(
                        "location: a HistoryMaps page shows no coordinates",
                        new HistoryMapsPage(content(new Location("Moscow", 55.75, 37.62), null, "x."), UPDATED)),
                Arguments.of(
                        "location.name: ends like a sentence",
                        new HistoryMapsPage(content(new Location("Somewhere.", null, null), null, "x."), UPDATED)),
                Arguments.of(
                        "sources",
                        new HistoryMapsPage(
                                new EntryContent(
                                        "Stalin and Mao",
                                        "Korean War",
                                        HistoricalDate.of(1950, 4, 1),
                                        null,
                                        null,
                                        "x.",
                                        List.of(new Source("Book", null))),
                                UPDATED)),
                Arguments.of(
                        "title: has leading or trailing spaces",
                        new HistoryMapsPage(
                                new EntryContent(
                                        " Stalin and Mao",
                                        "Korean War",
                                        HistoricalDate.of(1950, 4, 1),
                                        null,
                                        null,
                                        "x.",
                                        List.of()),
                                UPDATED)),
                Arguments.of(
                        "timeline: has leading or trailing spaces or U+FEFF",
                        new HistoryMapsPage(
                                new EntryContent(
                                        "Stalin and Mao",
                                        "\uFEFFKorean War",
                                        HistoricalDate.of(1950, 4, 1),
                                        null,
                                        null,
                                        "x.",
                                        List.of()),
                                UPDATED)),
                Arguments.of(
                        "title: would be read as the 'Last Updated:' stamp",
                        new HistoryMapsPage(
                                new EntryContent(
                                        "Last Updated: soon",
                                        "Korean War",
                                        HistoricalDate.of(1950, 4, 1),
                                        null,
                                        null,
                                        "x.",
                                        List.of()),
                                UPDATED)),
                Arguments.of(
                        "body: must have no line breaks but LF",
                        new HistoryMapsPage(content(moscow(), null, "One.\n\n\nTwo."), UPDATED)),
                Arguments.of(
                        "body: must have no line breaks but LF",
                        new HistoryMapsPage(content(moscow(), null, "One.\r\nTwo."), UPDATED)),
                Arguments.of(
                        "body: must have no line breaks but LF",
                        new HistoryMapsPage(content(moscow(), null, "One.\n"), UPDATED)),
                Arguments.of(
                        "body: has a line that would be read as the 'Last Updated:' stamp",
                        new HistoryMapsPage(content(moscow(), null, "One.\nLast Updated: yesterday"), UPDATED)),
                Arguments.of(
                        "body: has the line 'Donate'",
                        new HistoryMapsPage(content(moscow(), null, "One.\n\nDonate"), null)),
                Arguments.of(
                        "body: without a location",
                        new HistoryMapsPage(content(null, null, "Moscow, Russia"), UPDATED)),
                Arguments.of(
                        "body: holds U+0085", new HistoryMapsPage(content(moscow(), null, "One\u0085two."), UPDATED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesTheFormatCannotCarry")
    void refusesWhatTheFormatCannotCarryRatherThanLosingIt(String reason, HistoryMapsPage page) {
        assertThatThrownBy(() -> HistoryMapsPageWriter.write(page))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(reason);
    }

    @Test
    void refusesContentThatBreaksTheEntryRules() {
        HistoryMapsPage page = new HistoryMapsPage(content(moscow(), null, "x".repeat(200_001)), UPDATED);

        assertThatThrownBy(() -> HistoryMapsPageWriter.write(page))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessageStartingWith("body:");
    }
}
