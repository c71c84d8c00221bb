package org.palimpsest.entry.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.ImportKey;
import org.palimpsest.entry.api.RevisionKind;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Revision 1 of {@link EntryCreatedEvent} had no {@code importKey}: an imported entry gets the key of the page
 * it was imported from (its timeline and title then, as the event holds them), any other entry none.
 */
@Component
@Order(0)
class EntryCreatedEventUpcaster extends NextRevisionUpcaster {

    EntryCreatedEventUpcaster() {
        super(EntryCreatedEvent.class, null, "2");
    }

    @Override
    void amend(ObjectNode event) {
        JsonNode content = event.path("content");
        if (RevisionKind.IMPORT.name().equals(event.path("kind").asText()) && !event.hasNonNull("importKey")) {
            event.put(
                    "importKey",
                    ImportKey.of(new EntryContent(
                            content.path("title").asText(),
                            content.path("timeline").asText(),
                            null,
                            null,
                            null,
                            null,
                            null)));
        } else if (!event.has("importKey")) {
            event.putNull("importKey");
        }
    }
}
