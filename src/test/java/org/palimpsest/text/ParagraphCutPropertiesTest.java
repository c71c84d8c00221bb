package org.palimpsest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written paragraph cut gives what splitting at the blank-line pattern gave, for texts made of words and
 * every kind of line break and space, CR LF and no-break spaces included.
 */
class ParagraphCutPropertiesTest {

    private static final Pattern BLANK_LINES = Pattern.compile("\\R[\\h]*(?:\\R[\\h]*)+");

    @Property(tries = 2000)
    void paragraphsAreThePartsBetweenBlankLinesAsThePatternCutsThem(@ForAll("texts") String text) {
        assertThat(ParagraphDiff.paragraphs(text)).isEqualTo(byPattern(text));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of(
                "word", "x", ".", " ", "  ", "\t", "\n", "\r\n", "\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029",
                "\u00A0", "\u2003", "\u3000", "\u200B", "\u001C");
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }

    private static List<String> byPattern(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String part : BLANK_LINES.split(text.strip(), -1)) {
            if (!part.isBlank()) {
                paragraphs.add(part);
            }
        }
        return paragraphs;
    }
}
