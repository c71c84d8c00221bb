package org.palimpsest.store;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Names of the MVStore maps. Collections keep the H2 backend's names, so a file written by the plain backend
 * opens here with its data; ordered indexes live in maps of their own, since their keys are encoded
 * differently from the plain backend's index maps.
 */
final class StoreLayout {

    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";
    private static final String ORDERED_INDEX_INFIX = "._ordered_index_";

    private StoreLayout() {}

    /** Values are written as BSON; documents a plain-backend file holds are still read (BsonDocumentType). */
    static MVMap<Object, Document> dataMap(MVStore store, String namespace) {
        return store.openMap(
                DATA_PREFIX + namespace, new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
    }

    static MVMap<String, Object> metaMap(MVStore store, String namespace) {
        return store.openMap(META_PREFIX + namespace);
    }

    static <V> MVMap<Object[], V> indexMap(MVStore store, String namespace, String indexName) {
        return store.openMap(
                indexMapName(namespace, indexName), new MVMap.Builder<Object[], V>().keyType(new IndexKeyType()));
    }

    static String indexMapName(String namespace, String indexName) {
        return namespace + ORDERED_INDEX_INFIX + indexName;
    }

    /** The index objects keep their maps across a rename; only the names have to follow the collection. */
    static void renameIndexMaps(MVStore store, String oldNamespace, String newNamespace) {
        String oldPrefix = oldNamespace + ORDERED_INDEX_INFIX;
        List<String> names = store.getMapNames().stream()
                .filter(name -> name.startsWith(oldPrefix))
                .toList();
        for (String name : names) {
            MVMap<Object[], Object> map =
                    store.openMap(name, new MVMap.Builder<Object[], Object>().keyType(new IndexKeyType()));
            store.renameMap(map, newNamespace + ORDERED_INDEX_INFIX + name.substring(oldPrefix.length()));
        }
    }
}
