package org.palimpsest.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HistoryMapsPageParserFailureTest {

    private static PageParseException failureOf(String text) {
        return catchThrowableOfType(PageParseException.class, () -> HistoryMapsPageParser.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "  \r\n\t\r\n", "\uFEFF"})
    void refusesAnEmptyPage(String text) {
        PageParseException failure = failureOf(text);

        assertThat(failure.line()).isEmpty();
        assertThat(failure).hasMessage("empty page");
    }

    @Test
    void refusesNoTextAtAll() {
        assertThat(failureOf(null)).hasMessage("no text");
    }

    @Test
    void refusesBinaryDataNamingTheLineAndCharacter() {
        PageParseException failure = failureOf("Korean War\n\nStal\u0000in and Mao\n1950 Apr 1\n");

        assertThat(failure.lineNumber()).isEqualTo(3);
        assertThat(failure).hasMessageStartingWith("line 3: holds U+0000 at column 5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0007", "\u007F", "\u0085", "\uFFFD", "\uD800", "\uDC00x", "\u000C"})
    void refusesControlCharactersAndUndecodableText(String bad) {
        PageParseException failure = failureOf("Korean War\n\nStalin and Mao\n1950 Apr 1\n\n" + bad + "\n");

        assertThat(failure.lineNumber()).isEqualTo(6);
        assertThat(failure).hasMessageContaining("not a page");
    }

    @Test
    void refusesAPageThatEndsBeforeItsTitle() {
        PageParseException failure = failureOf("Korean War\n\n\n");

        assertThat(failure.lineNumber()).isEqualTo(1);
        assertThat(failure).hasMessage("line 1: no title: nothing follows the timeline 'Korean War'");
    }

    @Test
    void blamesTheOnlyLineOfAOneLinePage() {
        PageParseException failure = failureOf("Korean War");

        assertThat(failure.line()).hasValue(1);
        assertThat(failure).hasMessage("line 1: no title: nothing follows the timeline 'Korean War'");
    }

    @Test
    void blamesTheTitleOfAPageThatEndsBeforeItsDate() {
        PageParseException failure = failureOf("Korean War\n\nStalin and Mao\n\n");

        assertThat(failure.line()).hasValue(3);
        assertThat(failure).hasMessage("line 3: no date line: nothing follows the title 'Stalin and Mao'");
    }

    @Test
    void refusesAPageWhoseTitleWouldComeAfterTheStamp() {
        PageParseException failure = failureOf("Korean War\n\nLast Updated: Mon Jan 02 2023\n\nStalin and Mao\n");

        assertThat(failure.lineNumber()).isEqualTo(3);
        assertThat(failure).hasMessageStartingWith("line 3: no title");
    }

    @Test
    void refusesAPageWithoutADateLine() {
        PageParseException failure = failureOf(SeedPages.stalinAndMaoWithoutLine(5));

        assertThat(failure.lineNumber()).isEqualTo(4);
        assertThat(failure)
                .hasMessageStartingWith(
                        "line 4: no date line: expected a date under the title, found" + " 'Andrei Gromyko");
    }

    @Test
    void refusesAPageThatEndsAfterItsTitle() {
        PageParseException failure = failureOf("Korean War\n\nStalin and Mao\n\nLast Updated: Mon Jan 02 2023\n");

        assertThat(failure.lineNumber()).isEqualTo(5);
        assertThat(failure).hasMessageStartingWith("line 5: no date line");
    }

    @Test
    void refusesAnImpossibleDateNamingItsLineAndWhy() {
        PageParseException failure = failureOf(SeedPages.stalinAndMaoWithLine(5, "1950 Feb 30"));

        assertThat(failure.lineNumber()).isEqualTo(5);
        assertThat(failure).hasMessage("line 5: '1950 Feb 30' is not a possible date: date: Feb 1950 has no day 30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1950 Foo 3", "1950 13"})
    void refusesOtherImpossibleDatesOnTheirLine(String date) {
        PageParseException failure = failureOf(SeedPages.stalinAndMaoWithLine(5, date));

        assertThat(failure.lineNumber()).isEqualTo(5);
        assertThat(failure).hasMessageStartingWith("line 5: '" + date + "' is not a possible date: date: ");
    }

    @Test
    void refusesAnImpossibleDateOnAPageWithoutAnImage() {
        String text = SeedPages.stalinAndMaoWithLine(5, "1950 Feb 30");
        PageParseException failure = failureOf(text.replace(text.split("\n")[3] + "\n", ""));

        assertThat(failure.lineNumber()).isEqualTo(4);
        assertThat(failure).hasMessage("line 4: '1950 Feb 30' is not a possible date: date: Feb 1950 has no day 30");
    }

    @Test
    void refusesALineThatCannotBePlacedUnderTheTitle() {
        PageParseException failure = failureOf(SeedPages.stalinAndMaoWithLine(6, "a stray line"));

        assertThat(failure.lineNumber()).isEqualTo(6);
        assertThat(failure).hasMessageStartingWith("line 6: cannot place 'a stray line'");
    }

    @Test
    void refusesADateLineRunningIntoTheHeading() {
        PageParseException failure = failureOf(SeedPages.stalinAndMaoWithoutLine(6)
                .replace(SeedPages.stalinAndMao().split("\n")[3] + "\n", ""));

        assertThat(failure.lineNumber()).isEqualTo(5);
        assertThat(failure)
                .hasMessage("line 5: cannot place 'Stalin and Mao': the date line (line 4) must be"
                        + " followed by a blank line");
    }

    @Test
    void refusesAStampWithoutAReadableDate() {
        PageParseException failure = failureOf(SeedPages.stalinAndMaoWithLine(19, "Last Updated: Tue Jan 02 2023"));

        assertThat(failure.lineNumber()).isEqualTo(19);
        assertThat(failure)
                .hasMessage("line 19: 'Last Updated: Tue Jan 02 2023' has no date of the form"
                        + " 'Last Updated: Mon Jan 02 2023'");
    }

    @Test
    void refusesATitleLongerThanTheEntryRulesAllowOnTheTitleLine() {
        PageParseException failure = failureOf(SeedPages.stalinAndMaoWithLine(3, "x".repeat(301)));

        assertThat(failure.lineNumber()).isEqualTo(3);
        assertThat(failure).hasMessage("line 3: title: 301 characters, at most 300");
    }

    @Test
    void refusesACaptionLongerThanTheEntryRulesAllowOnTheImageLine() {
        PageParseException failure = failureOf(SeedPages.stalinAndMaoWithLine(4, "x".repeat(2001) + " ©me"));

        assertThat(failure.lineNumber()).isEqualTo(4);
        assertThat(failure).hasMessage("line 4: image.caption: 2001 characters, at most 2000");
    }
}
