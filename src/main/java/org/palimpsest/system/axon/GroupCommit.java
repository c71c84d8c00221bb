package org.palimpsest.system.axon;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One commit for the appends that queue up behind each other. Appends insert one at a time under
 * {@link #appendLock()}; each then waits here until a commit that began after its insert has finished. An append
 * that sees another one queued for the lock leaves the commit to that one (or to the next after it), so a run of
 * appends arriving together shares one commit instead of one each; one that has waited {@code longestWait} commits
 * whatever is queued. An append alone commits at once.
 */
final class GroupCommit {

    private final Runnable commit;
    private final long longestWaitNanos;
    private final ReentrantLock appendLock = new ReentrantLock();

    private final Object monitor = new Object();
    /** Appends inserted so far, counted in the order they inserted. */
    private long inserted;
    /** The appends held by the last finished commit: the first {@code committed} inserted. */
    private long committed;

    private boolean committing;

    /** @param commit commits everything the store has acknowledged so far */
    GroupCommit(Runnable commit, Duration longestWait) {
        this.commit = commit;
        this.longestWaitNanos = longestWait.toNanos();
    }

    /** The lock an append inserts under; its queue tells whether another append is about to insert. */
    ReentrantLock appendLock() {
        return appendLock;
    }

    /** Called under the append lock once the insert is acknowledged: the append's place in the order. */
    long inserted() {
        synchronized (monitor) {
            inserted++;
            monitor.notifyAll();
            return inserted;
        }
    }

    /** Returns once a commit that holds the {@code append}th insert has finished; commits it if nobody else does. */
    void awaitCommitted(long append) {
        long deadline = System.nanoTime() + longestWaitNanos;
        boolean interrupted = false;
        try {
            while (true) {
                long target;
                synchronized (monitor) {
                    while (true) {
                        if (committed >= append) {
                            return;
                        }
                        long left = deadline - System.nanoTime();
                        if (!committing && (left <= 0 || !appendLock.hasQueuedThreads())) {
                            break;
                        }
                        try {
                            monitor.wait(committing ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    committing = true;
                    target = inserted;
                }
                commitUpTo(target);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void commitUpTo(long target) {
        boolean done = false;
        try {
            commit.run();
            done = true;
        } finally {
            synchronized (monitor) {
                if (done) {
                    committed = Math.max(committed, target);
                }
                committing = false;
                monitor.notifyAll();
            }
        }
    }
}
