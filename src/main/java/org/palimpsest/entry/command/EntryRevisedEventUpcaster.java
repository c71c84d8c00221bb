package org.palimpsest.entry.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Revision 1 of {@link EntryRevisedEvent} had no {@code reverts}: it gets an empty list. An old undo did take a
 * revision back, but nothing it stored says which one reliably (its summary is free text), so it names none.
 */
@Component
@Order(1)
class EntryRevisedEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType FIRST = new SimpleSerializedType(EntryRevisedEvent.class.getName(), null);
    private static final SimpleSerializedType SECOND = new SimpleSerializedType(EntryRevisedEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(FIRST);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(SECOND, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            if (!event.has("reverts")) {
                event.putArray("reverts");
            }
            return event;
        });
    }
}
