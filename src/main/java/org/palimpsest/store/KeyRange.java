package org.palimpsest.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.palimpsest.store.QueryConstraints.Bound;

/**
 * The slice of an ordered index that can hold a query's matches: equality on a leading prefix of the index
 * keys, then optionally a range on the next key. Bounds end in a {@link KeyOrder} sentinel, so they work both
 * for keys that end with a position (non-unique indexes) and for keys that do not (unique indexes).
 */
record KeyRange(Object[] from, Object[] to, int equalityKeys, boolean ranged) {

    static KeyRange all() {
        return new KeyRange(new Object[] {KeyOrder.MIN}, new Object[] {KeyOrder.MAX}, 0, false);
    }

    static Optional<KeyRange> of(List<String> keys, QueryConstraints constraints, boolean sparse, boolean multikey) {
        List<Object> prefix = new ArrayList<>();
        while (prefix.size() < keys.size() && constraints.hasEquality(keys.get(prefix.size()))) {
            prefix.add(constraints.equality(keys.get(prefix.size())));
        }
        Bound lower = null;
        Bound upper = null;
        if (prefix.size() < keys.size()) {
            lower = constraints.lowerBound(keys.get(prefix.size()));
            upper = constraints.upperBound(keys.get(prefix.size()));
        }
        // An array matches {$gt: a, $lt: b} when one element is above a and another below b: no single interval.
        if (multikey && lower != null) {
            upper = null;
        }
        boolean ranged = lower != null || upper != null;
        if (prefix.isEmpty() && !ranged) {
            return Optional.empty();
        }
        // A sparse index lacks the documents that have none of its fields, which only null can match.
        if (sparse && (prefix.contains(null) || isNullBound(lower) || isNullBound(upper))) {
            return Optional.empty();
        }
        Object[] from = lower == null
                ? bound(prefix, KeyOrder.MIN)
                : bound(prefix, lower.value(), lower.inclusive() ? KeyOrder.MIN : KeyOrder.MAX);
        Object[] to = upper == null
                ? bound(prefix, KeyOrder.MAX)
                : bound(prefix, upper.value(), upper.inclusive() ? KeyOrder.MAX : KeyOrder.MIN);
        return Optional.of(new KeyRange(from, to, prefix.size(), ranged));
    }

    /** Higher is narrower: each equality key outweighs a range. */
    int selectivity() {
        return 2 * equalityKeys + (ranged ? 1 : 0);
    }

    private static boolean isNullBound(Bound bound) {
        return bound != null && Objects.isNull(bound.value());
    }

    private static Object[] bound(List<Object> prefix, Object... tail) {
        Object[] bound = prefix.toArray(new Object[prefix.size() + tail.length]);
        System.arraycopy(tail, 0, bound, prefix.size(), tail.length);
        return bound;
    }
}
