package org.palimpsest.store;

import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * An index whose entries are kept in {@link KeyOrder}, so that it can return the positions of a {@link KeyRange}
 * in key order, forwards or backwards.
 */
interface OrderedScan {

    List<String> fields();

    boolean multikey();

    /** False for a sparse index, which cannot stand in for the whole collection. */
    boolean coversEveryDocument();

    /** The part of the index a query's constraints select, if they select one. */
    default Optional<KeyRange> range(QueryConstraints constraints) {
        return KeyRange.of(fields(), constraints, !coversEveryDocument(), multikey());
    }

    Iterable<Object> positions(KeyRange range, boolean descending);

    /** Positions are read lazily, so that a limit on the query stops the scan. */
    static <V> Iterable<Object> positions(
            MVMap<Object[], V> map,
            KeyRange range,
            boolean descending,
            boolean distinct,
            BiFunction<Object[], V, Object> position) {
        return () -> {
            Cursor<Object[], V> cursor = descending
                    ? map.cursor(range.to(), range.from(), true)
                    : map.cursor(range.from(), range.to(), false);
            Stream<Object> positions = StreamSupport.stream(
                            Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED), false)
                    .map(key -> position.apply(key, cursor.getValue()));
            return (distinct ? positions.distinct() : positions).iterator();
        };
    }
}
