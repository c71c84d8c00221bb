package org.palimpsest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Where {@link ParagraphSegments} cuts a text: after every whitespace run that holds two line breaks or more (a
 * {@code \r\n} counting once), and nowhere else, whatever whitespace, line separators or surrogate pairs stand
 * around the breaks.
 */
class ParagraphStartsPropertiesTest {

    @Property(tries = 2_000)
    void aParagraphStartsWhereAWhitespaceRunWithTwoLineBreaksEnds(@ForAll("texts") String text) {
        assertThat(ParagraphSegments.paragraphStarts(text)).containsExactly(everyRunEnd(text));
    }

    @Test
    void spacesAroundTheBreaksBelongToTheRunThatEndsTheParagraph() {
        assertThat(ParagraphSegments.paragraphStarts("one \t\n \n  two\r\n\r\nthree\n four"))
                .containsExactly(0, 10, 17, 28);
    }

    @Test
    void aTextWithoutBlankLinesIsOneParagraph() {
        assertThat(ParagraphSegments.paragraphStarts("one\ntwo\rthree")).containsExactly(0, 13);
        assertThat(ParagraphSegments.paragraphStarts("")).containsExactly(0);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", "word", " ", "\t", "\n", "\r", "\r\n", "\u3000", "\u2028", "\u00a0", "😀", ".")
                .list()
                .ofMaxSize(40)
                .map(pieces -> String.join("", pieces));
    }

    /** The definition, walked code point by code point over every whitespace run. */
    private static int[] everyRunEnd(String text) {
        List<Integer> starts = new ArrayList<>();
        if (!text.isEmpty()) {
            starts.add(0);
        }
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (!WordDiff.isSpace(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            int breaks = 0;
            while (i < text.length() && WordDiff.isSpace(codePoint = text.codePointAt(i))) {
                boolean crlf = codePoint == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if (codePoint == '\n' || (codePoint == '\r' && !crlf)) {
                    breaks++;
                }
                i += Character.charCount(codePoint);
            }
            if (breaks >= 2 && i < text.length()) {
                starts.add(i);
            }
        }
        starts.add(text.length());
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
