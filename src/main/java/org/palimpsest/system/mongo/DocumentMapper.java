package org.palimpsest.system.mongo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.palimpsest.system.axon.AxonObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Read models keep the message records as they are, so records go to BSON through Jackson's tokens (instants as ISO
 * strings) rather than a hand-written codec per view.
 */
@Component
public class DocumentMapper {

    private final ObjectMapper json = AxonObjectMapper.create();

    /**
     * Builds the document from the record's Jackson tokens, with the types that parsing its JSON text gave (a whole
     * number as an int when it fits, else a long; a fraction as a double), without writing and parsing the text:
     * that round trip was a fifth of the projections' time.
     */
    public Document toDocument(Object value) {
        try (TokenBuffer tokens = new TokenBuffer(json, false)) {
            json.writeValue(tokens, value);
            try (JsonParser parser = tokens.asParser()) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalArgumentException(
                            value.getClass().getSimpleName() + " is not written as an object");
                }
                return readObject(parser);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot map " + value.getClass().getSimpleName() + " to BSON", e);
        }
    }

    private static Document readObject(JsonParser parser) throws IOException {
        Document document = new Document();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            document.put(name, readValue(parser, parser.nextToken()));
        }
        return document;
    }

    private static Object readValue(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> wholeNumber(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + token);
        };
    }

    private static List<Object> readArray(JsonParser parser) throws IOException {
        List<Object> values = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            values.add(readValue(parser, token));
        }
        return values;
    }

    private static Object wholeNumber(long value) {
        if (value == (int) value) {
            return (int) value; // not a conditional expression: it would widen the int back to a long
        }
        return value;
    }

    /**
     * Reads the document's values as Jackson tokens (a document is a map of strings, numbers, booleans, lists and
     * documents), without writing it out as JSON text and parsing that back: the text round trip of a 50 KB body
     * cost most of a past revision's read.
     */
    public <T> T fromDocument(Document document, Class<T> type) {
        try {
            return json.convertValue(document, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable: " + e.getMessage(), e);
        }
    }
}
