package org.palimpsest.store;

import de.bwaldvogel.mongo.bson.Document;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;

/**
 * A write to the main store is in its {@link Journal} before its reply leaves (handed to the OS, so it survives a
 * killed process), and the store itself is committed in the background, every {@link #COMMIT_MILLIS}, by a thread of
 * its own: a commit writes every page changed since the last one, which per write cost most of the store's CPU.
 * A commit takes a snapshot while no command writes, recording in it the number of the last journal record it holds,
 * and seals the journal's segment; the writers then go on while the snapshot's pages are written, and the sealed
 * segments are dropped once they are ({@link StoreCommits}, {@link Journal}). When the store opens, the records after
 * the number its last commit holds are run again ({@link #recover}). Commands that write the main store run one at a
 * time, so that the journal's order is the order they ran in.
 * <p>
 * Writes to the deferred collections are neither journaled nor committed before their reply: they live in a store
 * of their own, committed with every {@link #DEFERRED_EVERY}th commit of the main one (a read model's page that many
 * writes change, an article or an entry's blame, is then written once a second, not five times). Its snapshot is
 * taken right after the main one's, their writers held from before it, so whatever a deferred write was made from
 * (the events a read model read) is in the main store's snapshot or in the journal, whose segments stay until that
 * snapshot is written: a crash never leaves a read model ahead of the events. A
 * command that changes a deferred collection's maps otherwise (a drop, an index) commits both stores before its
 * reply.
 * <p>
 * {@code fsync} answers at once: every acknowledged write to the main store is in the journal already (handed to the
 * OS; nothing here is synced to the disk), and the deferred collections promise no more than their next commit.
 * {@code writeConcern: {j: false}} changes nothing.
 */
final class JournalBeforeAck implements WriteAcknowledgement {

    /** Commands known not to change the store; anything else, including unknown commands, is treated as a write. */
    private static final Set<String> READS = caseInsensitive(List.of(
            "find",
            "getMore",
            "count",
            "distinct",
            "listCollections",
            "listIndexes",
            "listDatabases",
            "dbStats",
            "collStats",
            "hello",
            "isMaster",
            "buildInfo",
            "ping",
            "serverStatus",
            "whatsMyUri",
            "killCursors",
            "endSessions",
            "getLastError",
            "connectionStatus",
            "hostInfo",
            "getCmdLineOpts",
            "getLog",
            "getFreeMonitoringStatus",
            "replSetGetStatus",
            "getParameter"));

    static final long COMMIT_MILLIS = 200;

    /**
     * The deferred store is committed with every this many commits of the main one, and at every commit that is not
     * the scheduled one (a drop or an index of a deferred collection, the close). What a crash loses of it, a second of
     * read models' writes and their tokens together, the projections write again from the events.
     */
    static final int DEFERRED_EVERY = 5;

    private static final System.Logger LOG = System.getLogger(JournalBeforeAck.class.getName());
    private static final Set<String> DATA_WRITES =
            caseInsensitive(List.of("insert", "update", "delete", "findAndModify"));

    private final MVStore mainStore;
    private final StoreCommits main;
    private final Journal journal;
    /** Held while a command writes the main store and journals it: the journal's order is the commands'. */
    private final ReentrantLock journaling = new ReentrantLock();
    /** Held by a commit from its snapshots until their pages are written: one commit at a time. */
    private final ReentrantLock committing = new ReentrantLock();
    /** The deferred collections' store; null when there are none. */
    private final StoreCommits deferredStore;
    /** Scheduled commits since the deferred store's last, under {@link #committing}. */
    private int withoutDeferred;

    private final Split split;
    private final Duration commitInterval;
    private final ScheduledExecutorService committer;

    JournalBeforeAck(MVStore store, Journal journal, Split split) {
        this(store, journal, split, Duration.ofMillis(COMMIT_MILLIS));
    }

    /** With commits every {@code commitInterval} (tests make it long, to find writes only in the journal). */
    JournalBeforeAck(MVStore store, Journal journal, Split split, Duration commitInterval) {
        this.mainStore = store;
        this.main = new StoreCommits(store, commitInterval.toMillis());
        this.journal = journal;
        this.deferredStore = split.deferredStore() == null
                ? null
                : new StoreCommits(split.deferredStore(), DEFERRED_EVERY * commitInterval.toMillis());
        this.split = split;
        this.commitInterval = commitInterval;
        this.committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-mongo-committer");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public Document acknowledge(String command, Document body, Supplier<Document> execution) {
        if (isRead(command, body)) {
            return execution.get();
        }
        if (command.equalsIgnoreCase("fsync")) {
            return new Document("ok", 1.0);
        }
        boolean touchesDeferred = namesDeferred(command, body);
        // in the order commit takes them: the deferred store's lock, then the main one's
        Lock deferredWriting = touchesDeferred ? deferredStore.writing() : null;
        Lock mainWriting = main.writing();
        if (deferredWriting != null) {
            deferredWriting.lock();
        }
        mainWriting.lock();
        if (!touchesDeferred) {
            journaling.lock();
        }
        try {
            return execution.get();
        } finally {
            try {
                if (!touchesDeferred) {
                    // also after a failure: an unordered or partly failed batch has written some documents
                    try {
                        journal.append(body);
                    } finally {
                        journaling.unlock();
                    }
                }
            } finally {
                mainWriting.unlock();
                if (deferredWriting != null) {
                    deferredWriting.unlock();
                }
            }
            if (touchesDeferred && !isDeferredWrite(command, body)) {
                // a drop or an index of a deferred collection: its maps are in the deferred store
                commit(true);
            }
        }
    }

    /**
     * Runs the journal's commands that the store's last commit does not hold and commits them; then the committer
     * starts, so that no commit runs in the middle of a command run again.
     */
    @Override
    public void recover(Consumer<Document> run) {
        long applied = StoreLayout.journalApplied(mainStore);
        journal.continueAfter(applied);
        journal.after(applied).forEach(entry -> run.accept(entry.command()));
        committing.lock();
        try {
            snapshotMain().await();
            journal.dropSealed();
        } finally {
            committing.unlock();
        }
        committer.scheduleWithFixedDelay(
                this::scheduledCommitOrLog,
                commitInterval.toMillis(),
                commitInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * A scheduled task that throws is never run again: a failed commit is logged and the next one tries again (the
     * journal keeps every write until a commit holds it).
     */
    private void scheduledCommitOrLog() {
        try {
            commit(false);
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "commit of the embedded store failed; retrying in " + commitInterval, e);
        }
    }

    /**
     * Commits the main store and, when {@code withDeferred} or at every {@link #DEFERRED_EVERY}th commit, the deferred
     * one: takes their snapshots, the main store's first, with the deferred store's writers held from before it, so
     * that a read model's snapshot never holds more than the events it was made from are in (in the main store's
     * snapshot or in the journal); then waits while their pages are written, the writers going on, and drops the
     * journal's segments that the main store's written snapshot holds. When a deferred collection was created since
     * the deferred store's last commit, its listing in the main store (a write that creates one lists it there,
     * unjournaled) is written before the deferred store's snapshot is taken, so that the collection is never on disk
     * without its listing.
     */
    private void commit(boolean withDeferred) {
        committing.lock();
        try {
            boolean deferred = deferredStore != null && (withDeferred || ++withoutDeferred >= DEFERRED_EVERY);
            if (deferred) {
                withoutDeferred = 0;
            }
            StoreCommits.Written mainWritten;
            StoreCommits.Written deferredWritten = StoreCommits.Written.NOTHING;
            Lock deferredSnapshotting = deferred ? deferredStore.snapshotting() : null;
            if (deferredSnapshotting != null) {
                deferredSnapshotting.lock();
            }
            try {
                mainWritten = snapshotMain();
                if (deferred) {
                    if (split.takeCreated()) {
                        mainWritten.await();
                    }
                    deferredWritten = deferredStore.snapshot();
                }
            } finally {
                if (deferredSnapshotting != null) {
                    deferredSnapshotting.unlock();
                }
            }
            mainWritten.await();
            journal.dropSealed();
            deferredWritten.await();
            main.reclaimSpace();
            if (deferred) {
                deferredStore.reclaimSpace();
            }
        } finally {
            committing.unlock();
        }
    }

    /**
     * Takes the main store's snapshot, recording in it the number of the last journal record it holds, and seals the
     * journal's segment, whose records it then all holds.
     */
    private StoreCommits.Written snapshotMain() {
        Lock snapshotting = main.snapshotting();
        snapshotting.lock();
        try {
            long journaled = journal.lastNumber();
            if (journaled > StoreLayout.journalApplied(mainStore)) {
                StoreLayout.journalApplied(mainStore, journaled);
            }
            journal.seal();
            return main.snapshot();
        } finally {
            snapshotting.unlock();
        }
    }

    /** Lets a commit under way finish (an interrupt would close the store's file channel), then commits. */
    @Override
    public void close() {
        committer.shutdown();
        try {
            committer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        commit(true);
        journal.close();
    }

    private boolean isDeferredWrite(String command, Document body) {
        return DATA_WRITES.contains(command) && namesDeferred(command, body);
    }

    private boolean namesDeferred(String command, Document body) {
        return body.get(command) instanceof String collection && split.isDeferred(collection);
    }

    private static boolean isRead(String command, Document body) {
        if (command.equalsIgnoreCase("aggregate")) {
            return !writesOutput(body.get("pipeline"));
        }
        return READS.contains(command);
    }

    private static boolean writesOutput(Object pipeline) {
        return pipeline instanceof List<?> stages
                && stages.stream()
                        .anyMatch(stage -> stage instanceof Document document
                                && (document.containsKey("$out") || document.containsKey("$merge")));
    }

    private static Set<String> caseInsensitive(List<String> commands) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(commands);
        return set;
    }
}
