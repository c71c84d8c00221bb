package org.palimpsest.entry.web;

import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.palimpsest.entry.api.EntryEdit;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.Image;
import org.palimpsest.entry.api.Location;
import org.palimpsest.entry.api.Source;
import org.palimpsest.system.web.BadRequestException;
import org.palimpsest.system.web.InvalidRequestBodyException;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the {@code changes} object of a revise. It is read field by field because an explicit
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
        Set<EntryField> cleared = EnumSet.noneOf(EntryField.class);
        Iterator<Map.Entry<String, JsonNode>> fields = changes.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            EntryField known = EntryField.byJsonName(field.getKey()).orElseThrow(() -> new BadRequestException(
                    "changes: unknown field '" + field.getKey() + "'; known fields are title, timeline, date, "
                            + "location, image, body, sources"));
            if (field.getValue().isNull()) {
                if (!known.clearable()) {
                    throw new BadRequestException("changes." + known.jsonName() + ": cannot be null");
                }
                cleared.add(known);
            }
        }
        return new EntryEdit(
                text(changes, "title"),
                text(changes, "timeline"),
                value(changes, "date", new TypeReference<HistoricalDate>() { }),
                value(changes, "location", new TypeReference<Location>() { }),
                value(changes, "image", new TypeReference<Image>() { }),
                text(changes, "body"),
                value(changes, "sources", new TypeReference<List<Source>>() { }),
                cleared);
    }

    private String text(ObjectNode changes, String name) {
        JsonNode node = changes.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BadRequestException("changes." + name + ": must be a string, got " + node.getNodeType());
        }
        return node.textValue();
    }

    private <T> T value(ObjectNode changes, String name, TypeReference<T> type) {
        JsonNode node = changes.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return json.treeToValue(node, json.getTypeFactory().constructType(type));
        } catch (JsonProcessingException e) {
            throw new InvalidRequestBodyException("changes." + name, e);
        }
    }
}
