package org.palimpsest.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.h2.mvstore.MVMap;

/**
 * A non-unique secondary index. Each entry's key is the document's normalized field values followed by its
 * position (its {@code _id}), which keeps keys unique and lets a document be removed without a lookup.
 */
final class OrderedIndex extends Index<Object> implements OrderedScan {

    private static final String ID_FIELD = "_id";

    private final MVMap<Object[], Boolean> entries;
    private final MultikeyFlag multikey;

    OrderedIndex(
            String name, List<IndexKey> keys, boolean sparse, MVMap<Object[], Boolean> entries, MultikeyFlag multikey) {
        super(name, keys, sparse);
        this.entries = entries;
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
        return OrderedScan.positions(entries, range, descending, multikey(), (key, present) -> key[key.length - 1]);
    }

    @Override
    public boolean canHandle(Document query) {
        return range(QueryConstraints.of(query)).isPresent();
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        return positions(range(QueryConstraints.of(query)).orElseThrow(), false);
    }

    @Override
    public Object getPosition(Document document) {
        return isSkipped(document) ? null : positionOf(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        keyValues(document);
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        if (isSkipped(document)) {
            return;
        }
        multikey.recordArraysIn(document, keys());
        for (KeyValue values : keyValues(document)) {
            entries.put(entryKey(values, position), Boolean.TRUE);
        }
    }

    @Override
    public Object remove(Document document) {
        if (isSkipped(document)) {
            return null;
        }
        Object position = positionOf(document);
        for (KeyValue values : keyValues(document)) {
            entries.remove(entryKey(values, position));
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        keyValues(newDocument);
    }

    @Override
    public void updateInPlace(
            Document oldDocument, Document newDocument, Object position, MongoCollection<Object> collection) {
        if (!nullAwareEqualsKeys(oldDocument, newDocument)) {
            remove(oldDocument);
            add(newDocument, position, collection);
        }
    }

    @Override
    public long getCount() {
        return entries.sizeAsLong();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        multikey.clear();
    }

    private boolean isSkipped(Document document) {
        return isSparse()
                && keys().stream()
                        .allMatch(
                                field -> Utils.getSubdocumentValueCollectionAware(document, field) instanceof Missing);
    }

    /** Fails, as MongoDB does, for a document with arrays in two indexed fields. */
    private Set<KeyValue> keyValues(Document document) {
        Set<KeyValue> values = getKeyValues(document);
        if (!values.isEmpty()) {
            return values;
        }
        // An empty array multiplies out to no entry at all; MongoDB still indexes the document, and so must we,
        // or a query on the other fields would miss it.
        return Set.of(new KeyValue(keys().stream()
                        .map(field -> Utils.getSubdocumentValueCollectionAware(document, field))
                        .map(value -> value instanceof Collection ? null : value)
                        .collect(Collectors.toList()))
                .normalized());
    }

    private static Object positionOf(Document document) {
        return document.get(ID_FIELD);
    }

    private static Object[] entryKey(KeyValue values, Object position) {
        Object[] key = new Object[values.size() + 1];
        for (int i = 0; i < values.size(); i++) {
            key[i] = values.get(i);
        }
        key[values.size()] = position;
        return key;
    }
}
