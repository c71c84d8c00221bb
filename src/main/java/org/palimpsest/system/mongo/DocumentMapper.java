package org.palimpsest.system.mongo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.palimpsest.system.axon.AxonObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Read models keep the message records as they are, so records go to BSON through Jackson's JSON form
 * (instants as ISO strings) rather than a hand-written codec per view.
 */
@Component
public class DocumentMapper {

    private final ObjectMapper json = AxonObjectMapper.create();

    public Document toDocument(Object value) {
        try {
            return Document.parse(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot map " + value.getClass().getSimpleName() + " to BSON", e);
        }
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
