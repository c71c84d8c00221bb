package org.palimpsest.store;

/**
 * The plan for one query: which slice of which ordered index to read, in which direction, and whether that
 * order already is the order the query asked for (so neither an in-memory sort nor a full read is needed).
 */
record IndexScan(OrderedScan index, KeyRange range, boolean descending, boolean providesOrder) {

    Iterable<Object> positions() {
        return index.positions(range, descending);
    }
}
