package org.palimpsest.store;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.List;
import org.h2.mvstore.MVMap;

/**
 * Remembers, across restarts, that an index has seen an array in one of its fields. Such an index holds one
 * entry per element, so it may return a document more than once, cannot intersect a two-sided range, and its
 * key order is not a document order.
 */
final class MultikeyFlag {

    private final MVMap<String, Object> collectionMeta;
    private final String key;
    private volatile boolean set;

    MultikeyFlag(MVMap<String, Object> collectionMeta, String indexName) {
        this.collectionMeta = collectionMeta;
        this.key = "multikey." + indexName;
        this.set = collectionMeta.containsKey(key);
    }

    boolean isSet() {
        return set;
    }

    void recordArraysIn(Document document, List<String> fields) {
        if (!set
                && fields.stream()
                        .anyMatch(field ->
                                Utils.getSubdocumentValueCollectionAware(document, field) instanceof Collection)) {
            collectionMeta.put(key, Boolean.TRUE);
            set = true;
        }
    }

    void clear() {
        collectionMeta.remove(key);
        set = false;
    }
}
