package org.palimpsest.entry.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/** Lifts a stored event of one payload type from one revision to the next by amending its JSON. */
abstract class NextRevisionUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;

    NextRevisionUpcaster(Class<?> payload, String fromRevision, String toRevision) {
        this.from = new SimpleSerializedType(payload.getName(), fromRevision);
        this.to = new SimpleSerializedType(payload.getName(), toRevision);
    }

    /** Gives the event of the older revision what the newer one has. */
    abstract void amend(ObjectNode event);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(from);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            amend((ObjectNode) payload);
            return payload;
        });
    }
}
