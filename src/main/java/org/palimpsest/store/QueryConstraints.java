package org.palimpsest.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-field equalities and range bounds that a query ANDs with everything else it says. An index that
 * honours them returns a superset of the matching documents; the server's matcher then applies the full query,
 * so whatever is not understood here ({@code $or}, {@code $nin}, {@code $in}, regexes …) is simply left to it.
 */
final class QueryConstraints {

    record Bound(Object value, boolean inclusive) {}

    private final Map<String, Object> equalities = new HashMap<>();
    private final Map<String, Bound> lowerBounds = new HashMap<>();
    private final Map<String, Bound> upperBounds = new HashMap<>();

    private QueryConstraints() {}

    static QueryConstraints of(Document query) {
        QueryConstraints constraints = new QueryConstraints();
        if (query != null) {
            constraints.collect(query);
        }
        return constraints;
    }

    boolean hasEquality(String field) {
        return equalities.containsKey(field);
    }

    Object equality(String field) {
        return equalities.get(field);
    }

    Bound lowerBound(String field) {
        return lowerBounds.get(field);
    }

    Bound upperBound(String field) {
        return upperBounds.get(field);
    }

    private void collect(Document query) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String key = entry.getKey();
            if (key.equals("$and") && entry.getValue() instanceof List<?> clauses) {
                clauses.stream().filter(Document.class::isInstance).forEach(clause -> collect((Document) clause));
            } else if (!key.startsWith("$")) {
                collectField(key, entry.getValue());
            }
        }
    }

    private void collectField(String field, Object value) {
        if (value instanceof Document operators && isOperatorDocument(operators)) {
            operators.forEach((operator, operand) -> collectOperator(field, operator, operand));
        } else if (isKeyValue(value)) {
            equalities.putIfAbsent(field, normalized(value));
        }
    }

    private void collectOperator(String field, String operator, Object operand) {
        if (!isKeyValue(operand)) {
            return;
        }
        // Keeping the first of several bounds on one field is still an AND-superset: correct, if less tight.
        switch (operator) {
            case "$eq" -> equalities.putIfAbsent(field, normalized(operand));
            case "$gt" -> lowerBounds.putIfAbsent(field, new Bound(normalized(operand), false));
            case "$gte" -> lowerBounds.putIfAbsent(field, new Bound(normalized(operand), true));
            case "$lt" -> upperBounds.putIfAbsent(field, new Bound(normalized(operand), false));
            case "$lte" -> upperBounds.putIfAbsent(field, new Bound(normalized(operand), true));
            default -> {}
        }
    }

    private static boolean isOperatorDocument(Document document) {
        return document.keySet().stream().anyMatch(key -> key.startsWith("$"));
    }

    // Arrays match element-wise and regexes by pattern: neither is a point in the index's order.
    private static boolean isKeyValue(Object value) {
        return !(value instanceof Collection) && !BsonRegularExpression.isRegularExpression(value);
    }

    private static Object normalized(Object value) {
        return new KeyValue(value).normalized().get(0);
    }
}
