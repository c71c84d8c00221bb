package org.palimpsest.store;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * The commits of one MVStore, each in two steps. Its {@link #snapshot} is taken under the write lock, while write
 * commands share the read lock: a snapshot therefore never captures half a command (a document without its index
 * entries), and holds every command that finished before it. The snapshot's pages are then serialised and written
 * by the store's own threads while the writers go on ({@link Written#await} waits for them): MVStore's maps are
 * copy-on-write, and {@link BsonDocumentType} keeps the bytes a document had when the snapshot was taken although
 * the server changes stored documents in place. The store's own background commits must be off (they would not
 * respect the lock); its serialising threads are started by an auto-commit delay too long to ever come round
 * ({@link #open}).
 * <p>
 * One commit at a time: the caller serialises them, and takes the next snapshot only once the last one is written.
 */
final class StoreCommits {

    /** Waits until a snapshot's pages are written; throws if they could not be. */
    @FunctionalInterface
    interface Written {
        Written NOTHING = () -> {};

        void await();
    }

    /**
     * Each commit leaves a chunk, and later commits that write its pages again leave it partly or wholly dead. Every
     * commit drops the dead ones (MVStore's {@code store} does that first), but with its background thread off the
     * store never moves the live pages of sparse ones on: every 5 s of commits that wrote something (25 of the main
     * store's, at a commit every 200 ms) they are (docs/embedded-store.md, Limits, has the file sizes).
     */
    private static final long COMPACT_EVERY_MILLIS = 5_000;

    private static final int COMPACT_TARGET_FILL_PERCENT = 70;
    private static final int COMPACT_WRITE_BYTES = 1 << 20;

    private final MVStore store;
    private final ReadWriteLock commitLock = new ReentrantReadWriteLock();

    /** Snapshots taken, and how many had been when the store was last compacted. */
    private long commits;

    private long compactedAt;

    /** Compacts every this many of its snapshots. */
    private final long compactEvery;

    /** A store committed every {@code commitMillis} (the compaction's pace is kept in time). */
    StoreCommits(MVStore store, long commitMillis) {
        this.store = store;
        this.compactEvery = Math.max(1, COMPACT_EVERY_MILLIS / commitMillis);
    }

    /**
     * Opens {@code builder}'s store for commits made here: the builder must disable auto-commit. MVStore serialises
     * and writes a commit's pages on threads of its own only while its background writer runs; that writer then
     * commits once per auto-commit delay, and with {@link Integer#MAX_VALUE} milliseconds (24 days), which each of
     * our commits starts afresh, it never does.
     */
    static MVStore open(MVStore.Builder builder) {
        MVStore store = builder.open();
        store.setAutoCommitDelay(Integer.MAX_VALUE);
        return store;
    }

    /** Held while a command writes, so that no snapshot is taken in the middle of it. */
    Lock writing() {
        return commitLock.readLock();
    }

    /** Held while a snapshot is taken: no command writes then. */
    Lock snapshotting() {
        return commitLock.writeLock();
    }

    /**
     * Takes a snapshot of everything written so far, the caller holding {@link #snapshotting()}, and hands its pages
     * to the store's threads to write. Should the store's lock be busy, the snapshot is written before this returns.
     */
    Written snapshot() {
        if (!store.hasUnsavedChanges()) {
            return Written.NOTHING;
        }
        if (store.tryCommit() < 0 && store.hasUnsavedChanges()) {
            store.commit();
        }
        commits++;
        return this::awaitWritten;
    }

    private void awaitWritten() {
        store.getFileStore().executeFileStoreOperation(() -> {});
        MVStoreException failed = store.getPanicException();
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * After a written snapshot, beside the writers: reading the live pages of sparse chunks, which the store then
     * marks to be written again (by the next commit), needs no consistent cut, and {@code compact} takes the store's
     * own lock.
     */
    void reclaimSpace() {
        if (commits - compactedAt >= compactEvery) {
            compactedAt = commits;
            store.compact(COMPACT_TARGET_FILL_PERCENT, COMPACT_WRITE_BYTES);
        }
    }
}
