package org.palimpsest.entry.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Revision 1 of {@link EntryRevisedEvent} had no {@code reverts}: it gets an empty list. An old undo did take a
 * revision back, but nothing it stored says which one reliably (its summary is free text), so it names none.
 */
@Component
@Order(1)
class EntryRevisedEventUpcaster extends NextRevisionUpcaster {

    EntryRevisedEventUpcaster() {
        super(EntryRevisedEvent.class, null, "2");
    }

    @Override
    void amend(ObjectNode event) {
        if (!event.has("reverts")) {
            event.putArray("reverts");
        }
    }
}
