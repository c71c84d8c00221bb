package org.palimpsest.entry.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import org.palimpsest.entry.api.EntryEdit;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.FieldChange;
import org.palimpsest.system.web.BadRequestException;
import org.palimpsest.system.web.InvalidRequestBodyException;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code changes} object of a revise, field by field from the field model, because an explicit
 * {@code null} (remove the image) must be told apart from an absent field (leave it as it is).
 */
@Component
class EntryEditReader {

    private final ObjectMapper json;

    EntryEditReader(ObjectMapper json) {
        this.json = json;
    }

    EntryEdit read(ObjectNode changes) {
        if (changes == null) {
            throw new BadRequestException("changes: required (an object with the fields that change)");
        }
        Map<EntryField, FieldChange> edit = new EnumMap<>(EntryField.class);
        Iterator<Map.Entry<String, JsonNode>> fields = changes.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> given = fields.next();
            EntryField field = EntryField.byJsonName(given.getKey())
                    .orElseThrow(() -> new BadRequestException("changes: unknown field '" + given.getKey()
                            + "'; known fields are " + EntryField.jsonNames()));
            edit.put(field, change(field, given.getValue()));
        }
        return new EntryEdit(edit);
    }

    private FieldChange change(EntryField field, JsonNode node) {
        String name = "changes." + field.jsonName();
        if (node.isNull()) {
            if (!field.removable()) {
                throw new BadRequestException(name + ": cannot be null");
            }
            return new FieldChange.Removed();
        }
        if (field.valueType() == String.class && !node.isTextual()) {
            throw new BadRequestException(name + ": must be a string, got " + node.getNodeType());
        }
        try {
            Object value = json.treeToValue(node, json.getTypeFactory().constructType(field.valueType()));
            if (value == null) {
                throw new BadRequestException(name + ": cannot be null");
            }
            return new FieldChange.Value(value);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestBodyException(name, e);
        }
    }
}
