package org.palimpsest.store;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the ordered index that narrows a query most, preferring one whose order is the requested sort. With a
 * sort but no usable constraint, an index in sort order is still worth reading when a limit may stop early.
 */
final class QueryPlanner {

    private static final Comparator<IndexScan> PREFERENCE = Comparator.comparingInt(
                    (IndexScan scan) -> scan.range().selectivity())
            .thenComparing(IndexScan::providesOrder);

    private QueryPlanner() {}

    static Optional<IndexScan> plan(List<? extends Index<?>> indexes, Document query, Document orderBy) {
        QueryConstraints constraints = QueryConstraints.of(query);
        List<IndexScan> candidates = new ArrayList<>();
        for (Index<?> index : indexes) {
            if (index instanceof OrderedScan ordered) {
                candidate(ordered, constraints, orderBy).ifPresent(candidates::add);
            }
        }
        return candidates.stream().max(PREFERENCE);
    }

    private static Optional<IndexScan> candidate(OrderedScan index, QueryConstraints constraints, Document orderBy) {
        Optional<KeyRange> range = index.range(constraints);
        int fixedKeys = range.map(KeyRange::equalityKeys).orElse(0);
        Optional<Boolean> descending =
                index.multikey() ? Optional.empty() : sortDirection(index.fields(), fixedKeys, orderBy);
        if (range.isPresent()) {
            return Optional.of(new IndexScan(index, range.get(), descending.orElse(false), descending.isPresent()));
        }
        if (descending.isPresent() && index.coversEveryDocument()) {
            return Optional.of(new IndexScan(index, KeyRange.all(), descending.get(), true));
        }
        return Optional.empty();
    }

    /**
     * The scan direction that yields {@code orderBy}, if one does: after dropping the keys fixed by equality,
     * the sort must name the following index keys in index order, all ascending or all descending.
     */
    private static Optional<Boolean> sortDirection(List<String> fields, int fixedKeys, Document orderBy) {
        if (orderBy == null || orderBy.isEmpty()) {
            return Optional.empty();
        }
        List<String> fixed = fields.subList(0, fixedKeys);
        Boolean descending = null;
        int next = fixedKeys;
        for (Map.Entry<String, Object> sortKey : orderBy.entrySet()) {
            if (fixed.contains(sortKey.getKey())) {
                continue;
            }
            if (!(sortKey.getValue() instanceof Number direction)
                    || Math.abs(direction.intValue()) != 1
                    || next >= fields.size()
                    || !fields.get(next).equals(sortKey.getKey())) {
                return Optional.empty();
            }
            boolean keyDescending = direction.intValue() < 0;
            if (descending != null && descending != keyDescending) {
                return Optional.empty();
            }
            descending = keyDescending;
            next++;
        }
        return Optional.of(descending != null && descending);
    }
}
