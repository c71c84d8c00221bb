package org.palimpsest.store;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.function.Predicate;
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
    private static final String PLAIN_INDEX_INFIX = "._index_";
    /** Not a collection's: the number of the last journal record a commit holds ({@link Journal}). */
    private static final String JOURNAL_MAP = "journal";

    private static final String JOURNAL_APPLIED = "applied";

    private StoreLayout() {}

    /** Values are written as BSON; documents a plain-backend file holds are still read (BsonDocumentType). */
    static MVMap<Object, Document> dataMap(MVStore store, String namespace) {
        return store.openMap(
                DATA_PREFIX + namespace,
                new MVMap.Builder<Object, Document>()
                        .keyType(new PrimaryKeyType())
                        .valueType(new BsonDocumentType(store::getCurrentVersion)));
    }

    static MVMap<String, Object> metaMap(MVStore store, String namespace) {
        return store.openMap(META_PREFIX + namespace);
    }

    /** The number of the last journal record the store's last commit holds; 0 for a store that never had one. */
    static long journalApplied(MVStore store) {
        Object applied = store.<String, Object>openMap(JOURNAL_MAP).get(JOURNAL_APPLIED);
        return applied == null ? 0 : ((Number) applied).longValue();
    }

    /** Records, with the next commit, that it holds every journal record up to {@code applied}. */
    static void journalApplied(MVStore store, long applied) {
        store.<String, Object>openMap(JOURNAL_MAP).put(JOURNAL_APPLIED, applied);
    }

    static <V> MVMap<Object[], V> indexMap(MVStore store, String namespace, String indexName) {
        return store.openMap(
                indexMapName(namespace, indexName), new MVMap.Builder<Object[], V>().keyType(new IndexKeyType()));
    }

    /**
     * Removes the plain backend's map of a unique index, if the file has one: once, when a file the plain backend
     * (or a version of ours before 2026-12-02, for {@code _id}) wrote is opened. The ordered map that replaces it is
     * then empty, and the server rebuilds an empty index from the documents as it opens it; both happen in the next
     * commit, so a crash before it leaves the file as it was.
     */
    static void removePlainIndex(MVStore store, String namespace, String indexName) {
        String name = namespace + PLAIN_INDEX_INFIX + indexName;
        if (store.hasMap(name)) {
            store.removeMap(name);
        }
    }

    /** Removes a collection's maps (its documents, its meta data and its ordered indexes), if the store has them. */
    static void removeCollectionMaps(MVStore store, String namespace) {
        removeMaps(
                store,
                name -> name.equals(DATA_PREFIX + namespace)
                        || name.equals(META_PREFIX + namespace)
                        || name.startsWith(namespace + ORDERED_INDEX_INFIX)
                        || name.startsWith(namespace + PLAIN_INDEX_INFIX));
    }

    /** The namespaces of the collections whose documents the store holds. */
    static List<String> collectionNamespaces(MVStore store) {
        return store.getMapNames().stream()
                .filter(name -> name.startsWith(DATA_PREFIX))
                .map(name -> name.substring(DATA_PREFIX.length()))
                .toList();
    }

    /** Removes every map of a database's collections. */
    static void removeDatabaseMaps(MVStore store, String databaseName) {
        removeMaps(
                store,
                name -> name.startsWith(DATA_PREFIX + databaseName + ".")
                        || name.startsWith(META_PREFIX + databaseName + ".")
                        || name.startsWith(databaseName + "."));
    }

    private static void removeMaps(MVStore store, Predicate<String> named) {
        for (String name : store.getMapNames().stream().filter(named).toList()) {
            store.removeMap(name);
        }
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
