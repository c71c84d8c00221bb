package org.palimpsest.store;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;

/**
 * The commits of one MVStore. Write commands share a read lock and a commit takes the write lock: a commit
 * therefore never captures half a command (a document without its index entries), and covers every command that
 * finished before it started. The store's own background commits must be off, as they would not respect that lock.
 */
final class StoreCommits {

    /**
     * Each commit leaves a chunk, and later commits that write its pages again leave it partly or wholly dead. Every
     * commit drops the dead ones (MVStore's {@code store} does that first), but with its background thread off the
     * store never moves the live pages of sparse ones on: every 25 commits that wrote something (5 s or more, at a
     * commit every 200 ms) they are (docs/embedded-store.md, Limits, has the file sizes).
     */
    private static final int COMPACT_EVERY = 25;

    private static final int COMPACT_TARGET_FILL_PERCENT = 70;
    private static final int COMPACT_WRITE_BYTES = 1 << 20;

    private final MVStore store;
    private final ReadWriteLock commitLock = new ReentrantReadWriteLock();
    /** Counts commits begun (under the write lock); read before waiting for the lock. */
    private final AtomicLong commitsStarted = new AtomicLong();

    private long commits;

    StoreCommits(MVStore store) {
        this.store = store;
    }

    /** Held while a command writes, so that no commit runs in the middle of it. */
    Lock writing() {
        return commitLock.readLock();
    }

    /**
     * Commits everything written before this call, unless a commit that began after it already did, running {@code
     * first} once no write is under way and before the commit.
     */
    void commit(Runnable first) {
        commit(first, () -> {});
    }

    /**
     * As {@link #commit(Runnable)}, and runs {@code then} after the commit has succeeded (or found nothing to write),
     * still before any write goes on.
     */
    void commit(Runnable first, Runnable then) {
        long startedBefore = commitsStarted.get();
        commitLock.writeLock().lock();
        boolean committed = false;
        try {
            if (commitsStarted.get() > startedBefore) {
                // a commit started after this caller's writes had finished, and so holds them
                return;
            }
            commitsStarted.incrementAndGet();
            first.run();
            if (store.hasUnsavedChanges()) {
                store.commit();
                committed = true;
            }
            then.run();
        } finally {
            commitLock.writeLock().unlock();
        }
        if (committed) {
            reclaimSpace();
        }
    }

    /**
     * Beside the writers: reading the live pages of sparse chunks, which the store then marks to be written again (by
     * the next commit), needs no consistent cut, and {@code compact} takes the store's own lock.
     */
    private synchronized void reclaimSpace() {
        commits++;
        if (commits % COMPACT_EVERY == 0) {
            store.compact(COMPACT_TARGET_FILL_PERCENT, COMPACT_WRITE_BYTES);
        }
    }
}
