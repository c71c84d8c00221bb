package org.palimpsest.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.Arrays;
import java.util.List;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.stream.Collectors;
import org.h2.mvstore.MVMap;

/**
 * A unique index kept in key order. Uniqueness (and its E11000 error) stays the server's
 * {@link AbstractUniqueIndex} logic; what changes is that equality prefixes and ranges, such as Axon's
 * {@code {aggregateIdentifier: X, sequenceNumber: {$gte: n}}}, are answered from the index instead of a scan.
 */
final class OrderedUniqueIndex extends AbstractUniqueIndex<Object> implements OrderedScan {

    private final MVMap<Object[], Object> positions;
    private final MultikeyFlag multikey;

    OrderedUniqueIndex(
            String name,
            List<IndexKey> keys,
            boolean sparse,
            MVMap<Object[], Object> positions,
            MultikeyFlag multikey) {
        super(name, keys, sparse);
        this.positions = positions;
        this.multikey = multikey;
    }

    @Override
    public List<String> fields() {
        return keys();
    }

    @Override
    public boolean multikey() {
        return multikey.isSet();
    }

    @Override
    public boolean coversEveryDocument() {
        return !isSparse();
    }

    @Override
    public Iterable<Object> positions(KeyRange range, boolean descending) {
        return OrderedScan.positions(positions, range, descending, multikey(), (key, position) -> position);
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return range(QueryConstraints.of(query)).isPresent() || super.canHandle(query);
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        Optional<KeyRange> range = range(QueryConstraints.of(query));
        return range.isPresent() ? positions(range.get(), false) : super.getPositions(query);
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        super.add(document, position, collection);
        multikey.recordArraysIn(document, keys());
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return positions.remove(key(keyValue));
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return positions.putIfAbsent(key(keyValue), Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Entry<KeyValue, Object>> getIterable() {
        return positions.entrySet().stream()
                .<Entry<KeyValue, Object>>map(entry ->
                        new SimpleImmutableEntry<>(new KeyValue(Arrays.asList(entry.getKey())), entry.getValue()))
                .collect(Collectors.toList());
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return positions.get(key(keyValue));
    }

    @Override
    public long getCount() {
        return positions.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return positions.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        super.drop();
        multikey.clear();
    }

    private static Object[] key(KeyValue keyValue) {
        return keyValue.stream().toArray();
    }
}
