package org.palimpsest.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Pages arrive as bytes; anything that is not UTF-8 text is refused rather than guessed at. */
final class PageDecoder {

    private PageDecoder() {}

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PageParseException(0, "the page is not UTF-8 text (" + e.getMessage() + ")");
        }
    }
}
