package org.palimpsest.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.mvstore.MVStore;

/**
 * Which collections keep their maps in the deferred store ({@code deferredStore} null: none, all in the main one).
 * The main store's database lists every collection; a collection of the deferred store that it does not list when
 * the backend opens (dropped while the file was opened without that collection deferred, or created in the deferred
 * store and lost from the main one in a crash before its next commit) is removed, so that it is not taken up again
 * with stale documents when a collection of that name is next created.
 */
final class Split {

    private final MVStore deferredStore;
    private final Set<String> deferred;
    private final Set<String> listed = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean created = new AtomicBoolean();

    Split(MVStore deferredStore, Set<String> deferred) {
        this.deferredStore = deferredStore;
        this.deferred = Set.copyOf(deferred);
    }

    MVStore deferredStore() {
        return deferredStore;
    }

    /** Whether the collection's writes are deferred (and its maps in the deferred store). */
    boolean isDeferred(String collectionName) {
        return deferredStore != null && deferred.contains(collectionName);
    }

    MVStore storeOf(MVStore main, String collectionName) {
        return isDeferred(collectionName) ? deferredStore : main;
    }

    /** A collection of the deferred store was opened (or created, and listed by the main store). */
    void listed(String namespace) {
        listed.add(namespace);
        created.set(true);
    }

    /**
     * Whether a collection of the deferred store was opened since the last call: its listing in the main store must
     * then be written before the deferred store's next snapshot.
     */
    boolean takeCreated() {
        return created.getAndSet(false);
    }

    /** Once the databases are open: removes the deferred store's collections that none of them listed. */
    void removeUnlisted() {
        if (deferredStore == null) {
            return;
        }
        for (String namespace : StoreLayout.collectionNamespaces(deferredStore)) {
            if (!listed.contains(namespace)) {
                StoreLayout.removeCollectionMaps(deferredStore, namespace);
            }
        }
    }
}
