package org.palimpsest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.palimpsest.entry.api.DatePrecision;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.Image;
import org.palimpsest.entry.api.Location;

class HistoryMapsPageParserTest {

    private static final String SEED = SeedPages.stalinAndMao();

    @Test
    void parsesTheSeedPageFieldByField() {
        String[] lines = SEED.split("\n", -1);
        String imageLine = lines[3];
        int mark = imageLine.indexOf('©');

        HistoryMapsPage page = HistoryMapsPageParser.parse(SEED);
        EntryContent content = page.content();

        assertThat(content.timeline()).isEqualTo("Korean War");
        assertThat(content.title()).isEqualTo("Stalin and Mao");
        assertThat(content.image().url()).isNull();
        assertThat(content.image().caption())
                .isEqualTo(imageLine.substring(0, mark).trim())
                .startsWith("Andrei Gromyko (in dark military cap)")
                .endsWith("during Kim's visit to Moscow.");
        assertThat(content.image().attribution())
                .isEqualTo(imageLine.substring(mark))
                .isEqualTo("©Image Attribution forthcoming. Image belongs to the respective owner(s).");
        assertThat(content.date()).isEqualTo(HistoricalDate.of(1950, 4, 1));
        assertThat(content.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(content.date().display()).isEqualTo("1950 Apr 1");
        assertThat(content.location()).isEqualTo(new Location("Moscow, Russia", null, null));
        assertThat(content.body()).isEqualTo(String.join("\n\n", lines[10], lines[13], lines[16]));
        assertThat(content.body().split("\n\n")).hasSize(3);
        assertThat(content.body()).startsWith("By 1949, South Korean").endsWith("preparations for war accelerated.");
        assertThat(content.sources()).isEmpty();
        assertThat(page.lastUpdated()).isEqualTo(LocalDate.of(2023, 1, 2));
    }

    @Test
    void dropsEverythingFromTheLastUpdatedStampOn() {
        String body = HistoryMapsPageParser.parse(SEED).content().body();

        assertThat(body)
                .doesNotContain(
                        "Last Updated",
                        "HistoryMaps Shop",
                        "Shop Now",
                        "Donate",
                        "Support Page",
                        "What's New",
                        "Herodotus",
                        "History of Afghanistan",
                        "History of Albania");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1950 Apr 1                 | 1950 | 4    | 1    | DAY   | false | false | 1950 Apr 1
            1950 Jun                   | 1950 | 6    |      | MONTH | false | false | 1950 Jun
            1206                       | 1206 |      |      | YEAR  | false | false | 1206
            216 BCE Aug 2              | -216 | 8    | 2    | DAY   | false | false | 216 BCE Aug 2
            c. 1200                    | 1200 |      |      | YEAR  | true  | false | c. 1200
            1950 Jun 25 - 1953 Jul 27  | 1950 | 6    | 25   | DAY   | false | true  | 1950 Jun 25 - 1953 Jul 27
            """)
    void readsEachDateFormWithItsPrecision(
            String line,
            int year,
            Integer month,
            Integer day,
            DatePrecision precision,
            boolean circa,
            boolean range,
            String display) {
        HistoricalDate date = HistoryMapsPageParser.parse(SeedPages.stalinAndMaoWithLine(5, line))
                .content()
                .date();

        assertThat(date.year()).isEqualTo(year);
        assertThat(date.month()).isEqualTo(month);
        assertThat(date.day()).isEqualTo(day);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.circa()).isEqualTo(circa);
        assertThat(date.end() != null).isEqualTo(range);
        assertThat(date.display()).isEqualTo(display);
    }

    @Test
    void readsTheEndOfADateRange() {
        String text = SeedPages.stalinAndMaoWithLine(5, "1950 Jun 25 - 1953 Jul 27");

        HistoricalDate date = HistoryMapsPageParser.parse(text).content().date();

        assertThat(date.end()).isEqualTo(HistoricalDate.of(1953, 7, 27));
    }

    @Test
    void readsAPageWithoutAnImageLine() {
        HistoryMapsPage page = HistoryMapsPageParser.parse(SeedPages.stalinAndMaoWithoutLine(4));

        assertThat(page.content().image()).isNull();
        assertThat(page.content().date().display()).isEqualTo("1950 Apr 1");
        assertThat(page.content().location().name()).isEqualTo("Moscow, Russia");
        assertThat(page.content().body())
                .isEqualTo(HistoryMapsPageParser.parse(SEED).content().body());
    }

    @Test
    void readsAnImageLineWithOnlyACaptionOrOnlyAnAttribution() {
        Image captionOnly = HistoryMapsPageParser.parse(SeedPages.stalinAndMaoWithLine(4, "Kim Il Song in Moscow"))
                .content()
                .image();
        Image attributionOnly = HistoryMapsPageParser.parse(SeedPages.stalinAndMaoWithLine(4, "©Wikimedia Commons"))
                .content()
                .image();

        assertThat(captionOnly).isEqualTo(new Image(null, "Kim Il Song in Moscow", null));
        assertThat(attributionOnly).isEqualTo(new Image(null, null, "©Wikimedia Commons"));
    }

    @Test
    void takesALineBetweenTitleAndDateAsTheCaptionEvenWhenItReadsLikeADate() {
        HistoryMapsPage page = HistoryMapsPageParser.parse(SeedPages.stalinAndMaoWithLine(4, "1950"));

        assertThat(page.content().image()).isEqualTo(new Image(null, "1950", null));
        assertThat(page.content().date().display()).isEqualTo("1950 Apr 1");
    }

    @Test
    void keepsGreekCjkAndEmojiTextExactly() {
        String text = """
                Ἑλληνικὴ Ἱστορία

                Μάχη του Μαραθώνα
                Ὁπλῖται 🛡️ ©Εικόνα: Wikimedia
                490 BCE Sep 12

                Μάχη του Μαραθώνα

                Μαραθώνας, Ελλάδα

                Οἱ Ἀθηναῖοι ἐνίκησαν τοὺς Πέρσας. 🏛️


                元寇の戦い、文永の役。👨‍👩‍👧 Ω≈ç√∫.
                """;

        EntryContent content = HistoryMapsPageParser.parse(text).content();

        assertThat(content.timeline()).isEqualTo("Ἑλληνικὴ Ἱστορία");
        assertThat(content.title()).isEqualTo("Μάχη του Μαραθώνα");
        assertThat(content.image()).isEqualTo(new Image(null, "Ὁπλῖται 🛡️", "©Εικόνα: Wikimedia"));
        assertThat(content.date()).isEqualTo(HistoricalDate.of(-490, 9, 12));
        assertThat(content.location().name()).isEqualTo("Μαραθώνας, Ελλάδα");
        assertThat(content.body()).isEqualTo("Οἱ Ἀθηναῖοι ἐνίκησαν τοὺς Πέρσας. 🏛️\n\n元寇の戦い、文永の役。👨‍👩‍👧 Ω≈ç√∫.");
    }

    @Test
    void readsCrlfLineEndingsAndAByteOrderMarkAsTheSameSeed() {
        String windows = "\uFEFF" + SEED.replace("\n", "\r\n");

        assertThat(HistoryMapsPageParser.parse(windows)).isEqualTo(HistoryMapsPageParser.parse(SEED));
    }

    @Test
    void ignoresTrailingSpacesOnTheLinesThatGiveTheStructure() {
        String[] lines = SEED.split("\n", -1);
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 15, 17, 18}) {
            lines[i] = lines[i] + "  \t\u00A0";
        }

        assertThat(HistoryMapsPageParser.parse(String.join("\n", lines))).isEqualTo(HistoryMapsPageParser.parse(SEED));
    }

    @Test
    void keepsBodyLinesExactlyEvenTheirTrailingSpaces() {
        String text = SeedPages.stalinAndMaoWithLine(17, "Kim met with Mao in May 1950.  ");

        assertThat(HistoryMapsPageParser.parse(text).content().body()).endsWith("\n\nKim met with Mao in May 1950.  ");
    }

    @Test
    void toleratesAnyNumberOfBlankLinesBetweenSections() {
        String tight = "Korean War\nStalin and Mao\n1950 Apr 1\nStalin and Mao\nMoscow, Russia\n\nFirst.\n\nSecond.\n"
                + "Last Updated: Mon Jan 02 2023\n";
        String loose = "\n\nKorean War\n\n\n\nStalin and Mao\n\n\n1950 Apr 1\n\n\n\nStalin and Mao\n\n\n\n"
                + "Moscow, Russia\n\n\n\n\nFirst.\n\n\n\n\nSecond.\n\n\n\nLast Updated: Mon Jan 02 2023\n";

        HistoryMapsPage expected = new HistoryMapsPage(
                new EntryContent(
                        "Stalin and Mao",
                        "Korean War",
                        HistoricalDate.of(1950, 4, 1),
                        new Location("Moscow, Russia", null, null),
                        null,
                        "First.\n\nSecond.",
                        List.of()),
                LocalDate.of(2023, 1, 2));
        assertThat(HistoryMapsPageParser.parse(loose)).isEqualTo(expected);
        assertThat(HistoryMapsPageParser.parse(tight.replace("1950 Apr 1\nStalin", "1950 Apr 1\n\nStalin")))
                .isEqualTo(expected);
    }

    @Test
    void readsTheLocationWhenTheRepeatedTitleIsMissing() {
        HistoryMapsPage page = HistoryMapsPageParser.parse(SeedPages.stalinAndMaoWithoutLine(7));

        assertThat(page).isEqualTo(HistoryMapsPageParser.parse(SEED));
    }

    @Test
    void readsNoLocationWhenTheFirstBlockEndsLikeASentence() {
        EntryContent content = HistoryMapsPageParser.parse(SeedPages.stalinAndMaoWithoutLine(9))
                .content();

        assertThat(content.location()).isNull();
        assertThat(content.body())
                .isEqualTo(HistoryMapsPageParser.parse(SEED).content().body());
    }

    @Test
    void readsNoLocationWhenTheFirstBlockSpansSeveralLines() {
        EntryContent content = HistoryMapsPageParser.parse(SeedPages.stalinAndMaoWithLine(9, "Moscow\nwas cold"))
                .content();

        assertThat(content.location()).isNull();
        assertThat(content.body()).startsWith("Moscow\nwas cold\n\nBy 1949");
    }

    @Test
    void takesAPlaceEndingInADottedAbbreviationAsTheLocation() {
        EntryContent content = HistoryMapsPageParser.parse(SeedPages.stalinAndMaoWithLine(9, "Washington, D.C."))
                .content();

        assertThat(content.location().name()).isEqualTo("Washington, D.C.");
    }

    @Test
    void cutsAtTheFirstSiteHeadingWhenThereIsNoLastUpdatedStamp() {
        HistoryMapsPage page = HistoryMapsPageParser.parse(SeedPages.stalinAndMaoWithLine(19, ""));

        assertThat(page.lastUpdated()).isNull();
        assertThat(page.content()).isEqualTo(HistoryMapsPageParser.parse(SEED).content());
    }

    @Test
    void keepsATitleThatIsAlsoASiteHeading() {
        String text = "Ancient Greece\n\nHerodotus\n484 BCE\n\nHerodotus\n\nHalicarnassus\n\n"
                + "He wrote the Histories.\n\nHerodotus\nToday\n";

        HistoryMapsPage page = HistoryMapsPageParser.parse(text);

        assertThat(page.content().title()).isEqualTo("Herodotus");
        assertThat(page.content().location().name()).isEqualTo("Halicarnassus");
        assertThat(page.content().body()).isEqualTo("He wrote the Histories.");
    }

    @Test
    void readsAPageWithNoBodyAndNoStamp() {
        EntryContent content = HistoryMapsPageParser.parse("Korean War\n\nStalin and Mao\n1950 Apr 1\n")
                .content();

        assertThat(content.location()).isNull();
        assertThat(content.body()).isEmpty();
    }
}
