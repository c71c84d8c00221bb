package org.palimpsest.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.oplog.Oplog;
import de.bwaldvogel.mongo.wire.message.MessageHeader;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 (MVStore) backend of mongo-java-server with ordered secondary indexes, unique indexes (the primary key's
 * too) that also serve ranges, and writes in a journal ({@link #JOURNAL_SUFFIX}) before they are acknowledged, the
 * store committed in the background ({@link JournalBeforeAck}). The deferred collections, if any, keep their maps in
 * a second file beside the first ({@link #DEFERRED_SUFFIX}), committed on their own and not journaled; the
 * database's list of collections and indexes stays in the first.
 */
final class EmbeddedMongoBackend extends H2Backend {

    private static final System.Logger LOG = System.getLogger(EmbeddedMongoBackend.class.getName());

    static final String DEFERRED_SUFFIX = ".deferred.mv";
    static final String JOURNAL_SUFFIX = ".journal";
    private static final String MV = ".mv";

    private static final String PRIMARY_KEY_INDEX = "_id_";
    private static final int RETENTION_MILLIS = 1_000;

    /** The split being opened on this thread: H2Backend's constructor opens the databases, before ours runs. */
    private static final ThreadLocal<Split> OPENING = new ThreadLocal<>();

    private final WriteAcknowledgement acknowledgement;
    /** Assigned while the superclass constructor runs (by {@link #split()}), hence neither final nor initialised. */
    private Split split;

    private EmbeddedMongoBackend(MVStore store, WriteAcknowledgement acknowledgement) {
        super(store);
        this.acknowledgement = acknowledgement;
        split().removeUnlisted();
    }

    /** The deferred collections' store, or null when there are none. */
    MVStore deferredStore() {
        return split().deferredStore();
    }

    private Split split() {
        if (split == null) {
            split = OPENING.get();
        }
        return split;
    }

    /** Opens (or creates) the store in {@code file}; every acknowledged write is journaled, then committed. */
    static EmbeddedMongoBackend open(Path file) {
        return open(file, Set.of());
    }

    /**
     * Like {@link #open(Path)}, except that writes to the {@code deferred} collections are not journaled: they are
     * committed within {@link JournalBeforeAck#COMMIT_MILLIS}, and lost in a crash before that. Fit for data that can
     * be rebuilt, such as read models and their tracking tokens: a commit always holds everything written before
     * it, so after a crash they stand where they stood together at the last commit.
     */
    static EmbeddedMongoBackend open(Path file, Set<String> deferred) {
        return open(file, deferred, Duration.ofMillis(JournalBeforeAck.COMMIT_MILLIS));
    }

    /** Like {@link #open(Path, Set)}, committing every {@code commitInterval}. */
    static EmbeddedMongoBackend open(Path file, Set<String> deferred, Duration commitInterval) {
        return open(file, true, deferred, commitInterval);
    }

    /** Without {@code journalBeforeAck} the store commits in the background and journals nothing, as the plain H2 backend. */
    static EmbeddedMongoBackend open(Path file, boolean journalBeforeAck) {
        return open(file, journalBeforeAck, Set.of(), Duration.ofMillis(JournalBeforeAck.COMMIT_MILLIS));
    }

    private static EmbeddedMongoBackend open(
            Path file, boolean journalBeforeAck, Set<String> deferred, Duration commitInterval) {
        createParentDirectories(file);
        if (!journalBeforeAck) {
            MVStore store = builder(file).open();
            return opened(store, new Split(null, Set.of()), WriteAcknowledgement.IMMEDIATE);
        }
        MVStore store = committedByUs(file);
        Split split = new Split(deferred.isEmpty() ? null : committedByUs(deferredFile(file)), deferred);
        EmbeddedMongoBackend backend = opened(
                store, split, new JournalBeforeAck(store, Journal.open(journalFile(file)), split, commitInterval));
        backend.acknowledgement.recover(backend::replay);
        return backend;
    }

    /** {@code palimpsest.mv}'s journal is {@code palimpsest.journal}: its segments are {@code palimpsest.journal.1}, … */
    static Path journalFile(Path file) {
        return file.resolveSibling(baseName(file) + JOURNAL_SUFFIX);
    }

    /** {@code palimpsest.mv}'s deferred collections are in {@code palimpsest.deferred.mv}. */
    static Path deferredFile(Path file) {
        return file.resolveSibling(baseName(file) + DEFERRED_SUFFIX);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(MV) ? name.substring(0, name.length() - MV.length()) : name;
    }

    /**
     * Pages are compressed with Deflate (LZF until 2026-12-08, whose pages are still read: each page says how it was
     * compressed): a third fewer bytes per revision, on MVStore's serialising thread (docs/embedded-store.md).
     */
    private static MVStore.Builder builder(Path file) {
        return new MVStore.Builder().fileName(file.toString()).compressHigh();
    }

    private static MVStore committedByUs(Path file) {
        // A background commit of the store's own, by time or by buffer size, could land in the middle of a command;
        // so could its housekeeping (chunks moved or rewritten, then committed), which its background thread, started
        // for its serialising threads (StoreCommits.open), runs once per tenth of the auto-commit delay: 2.5 days.
        // A fill rate of 0 turns that housekeeping off; StoreCommits compacts instead, after a written commit.
        MVStore store = StoreCommits.open(
                builder(file).autoCommitDisabled().autoCommitBufferSize(0).autoCompactFillRate(0));
        // Each commit leaves a chunk, reusable once dead and older than the retention time: with a commit per
        // command (before the journal), the default's 45 s let the file grow far more than 1 s did
        // (docs/embedded-store.md). The default's margin is for disks that hold writes back (power loss), which
        // this store does not promise to survive.
        store.setRetentionTime(RETENTION_MILLIS);
        return store;
    }

    private static EmbeddedMongoBackend opened(MVStore store, Split split, WriteAcknowledgement acknowledgement) {
        OPENING.set(split);
        try {
            return new EmbeddedMongoBackend(store, acknowledgement);
        } finally {
            OPENING.remove();
        }
    }

    /**
     * Every command of a current driver arrives here as an OP_MSG; the legacy OP_QUERY path, which current drivers
     * use only for the connection handshake, is not covered.
     */
    @Override
    public Document handleMessage(MongoMessage message) {
        Document body = message.getDocument();
        String command = body.keySet().iterator().next();
        return acknowledgement.acknowledge(command, body, () -> super.handleMessage(message));
    }

    /**
     * Runs a journaled command again, as it first ran. A command that failed then (a duplicate key) fails again and
     * is logged; what it wrote before it failed is written again.
     */
    private void replay(Document command) {
        EmbeddedChannel channel = new EmbeddedChannel();
        try {
            super.handleMessage(new MongoMessage(channel, new MessageHeader(0, 0), command));
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.INFO, "journaled command failed again when replayed: " + failed.getMessage());
        } finally {
            handleClose(channel);
            channel.close();
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    @Override
    public void close() {
        acknowledgement.close();
        super.close();
        if (split.deferredStore() != null) {
            split.deferredStore().close();
        }
    }

    private static void createParentDirectories(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + parent, e);
        }
    }

    /**
     * An inner class on purpose: H2Database's constructor already opens collections and indexes through the
     * overrides below, before a subclass could have stored anything of its own, while the enclosing backend
     * (and so its store) is reachable from the very start.
     */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = storeOf(collectionName);
            if (store != getMvStore()) {
                // written by a version that kept every collection in one file: what can be rebuilt starts afresh
                StoreLayout.removeCollectionMaps(getMvStore(), namespace);
                split().listed(namespace);
            }
            return new IndexedCollection(
                    this,
                    collectionName,
                    options,
                    StoreLayout.dataMap(store, namespace),
                    StoreLayout.metaMap(store, namespace),
                    cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = storeOf(collectionName);
            if (indexName.equals(PRIMARY_KEY_INDEX)) {
                // The plain backend keeps _id's index itself, its keys Java-serialised and compared as bytes.
                StoreLayout.removePlainIndex(store, namespace, indexName);
            }
            MVMap<Object[], Object> positions = StoreLayout.indexMap(store, namespace, indexName);
            return new OrderedUniqueIndex(
                    indexName, keys, sparse, positions, multikeyFlag(store, namespace, indexName));
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = storeOf(collectionName);
            MVMap<Object[], Boolean> entries = StoreLayout.indexMap(store, namespace, indexName);
            return new OrderedIndex(indexName, keys, sparse, entries, multikeyFlag(store, namespace, indexName));
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            storeOf(collection.getCollectionName())
                    .removeMap(StoreLayout.indexMapName(collection.getFullName(), indexName));
        }

        @Override
        public void dropCollection(String collectionName, Oplog oplog) {
            super.dropCollection(collectionName, oplog);
            MVStore store = storeOf(collectionName);
            if (store != getMvStore()) {
                StoreLayout.removeCollectionMaps(store, getFullCollectionNamespace(collectionName));
            }
        }

        @Override
        public void drop(Oplog oplog) {
            super.drop(oplog);
            if (split().deferredStore() != null) {
                StoreLayout.removeDatabaseMaps(split().deferredStore(), getDatabaseName());
            }
        }

        @Override
        public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
            if (storeOf(collection.getCollectionName()) != storeOf(newCollectionName)) {
                throw new MongoServerException("cannot rename " + collection.getCollectionName() + " to "
                        + newCollectionName + ": one is committed lazily, the other is not");
            }
            String oldNamespace = collection.getFullName();
            super.moveCollection(oldDatabase, collection, newCollectionName);
            StoreLayout.renameIndexMaps(
                    storeOf(newCollectionName), oldNamespace, getFullCollectionNamespace(newCollectionName));
        }

        private MVStore storeOf(String collectionName) {
            return split().storeOf(getMvStore(), collectionName);
        }

        private MultikeyFlag multikeyFlag(MVStore store, String namespace, String indexName) {
            return new MultikeyFlag(StoreLayout.metaMap(store, namespace), indexName);
        }
    }
}
