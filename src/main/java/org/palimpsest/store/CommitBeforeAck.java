package org.palimpsest.store;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;

/**
 * Commits the store after every command that may write and before its reply goes out, so an acknowledged
 * write is in the file (handed to the OS, not fsynced) and survives a crash of the process ({@link StoreCommits}:
 * concurrent writers share commits).
 * <p>
 * Two exceptions, as MongoDB's own write concern has them: writes to the deferred collections, and writes
 * sent with {@code writeConcern: {j: false}}, are acknowledged before any commit; the {@code fsync} command
 * then commits everything else acknowledged so far. A client that must order its writes under a lock of its own
 * (Axon's appends) writes unjournaled inside the lock and sends {@code fsync} after it, so that its commits
 * are shared too. The deferred collections live in a store of their own, committed every
 * {@link #DEFERRED_COMMIT_MILLIS} on a thread of its own, together with the main store ({@link #flushAll()}): so
 * the commits that a reply waits for write only the main store's pages.
 */
final class CommitBeforeAck implements WriteAcknowledgement {

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

    static final long DEFERRED_COMMIT_MILLIS = 200;
    private static final Set<String> DATA_WRITES =
            caseInsensitive(List.of("insert", "update", "delete", "findAndModify"));

    private final StoreCommits main;
    /** The deferred collections' store; null when there are none. */
    private final StoreCommits deferredStore;

    private final Split split;
    private final ScheduledExecutorService committer;

    CommitBeforeAck(MVStore store, Split split) {
        this.main = new StoreCommits(store);
        this.deferredStore = split.deferredStore() == null ? null : new StoreCommits(split.deferredStore());
        this.split = split;
        this.committer = deferredStore == null
                ? null
                : Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "embedded-mongo-committer");
                    thread.setDaemon(true);
                    return thread;
                });
        if (committer != null) {
            committer.scheduleWithFixedDelay(
                    this::flushAll, DEFERRED_COMMIT_MILLIS, DEFERRED_COMMIT_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public Document acknowledge(String command, Document body, Supplier<Document> execution) {
        if (isRead(command, body)) {
            return execution.get();
        }
        if (command.equalsIgnoreCase("fsync")) {
            flush();
            return new Document("ok", 1.0);
        }
        boolean touchesDeferred = namesDeferred(command, body);
        boolean commitNow = !isDeferredWrite(command, body) && !isUnjournaled(body);
        // in the order flushAll takes them: the deferred store's lock, then the main one's
        Lock deferredWriting = touchesDeferred ? deferredStore.writing() : null;
        Lock mainWriting = main.writing();
        if (deferredWriting != null) {
            deferredWriting.lock();
        }
        mainWriting.lock();
        try {
            return execution.get();
        } finally {
            mainWriting.unlock();
            if (deferredWriting != null) {
                deferredWriting.unlock();
            }
            // Also after a failure: an unordered or partly failed batch has acknowledged some documents.
            if (commitNow) {
                if (touchesDeferred) {
                    // a drop or an index of a deferred collection: its maps are in the deferred store
                    flushAll();
                } else {
                    flush();
                }
            }
        }
    }

    /** Commits the main store: everything acknowledged so far but the deferred collections' writes. */
    @Override
    public void flush() {
        main.commit();
    }

    /**
     * Commits the deferred collections' store and, first, while no write to it is under way, the main one: whatever
     * a deferred write was made from (the events a read model read) was written before it, and so is in the main
     * store's commit, and a crash never leaves a read model ahead of the events.
     */
    private void flushAll() {
        if (deferredStore == null) {
            main.commit();
        } else {
            deferredStore.commit(main::commit);
        }
    }

    @Override
    public void close() {
        if (committer != null) {
            committer.shutdownNow();
        }
        flushAll();
    }

    private boolean isDeferredWrite(String command, Document body) {
        return DATA_WRITES.contains(command) && namesDeferred(command, body);
    }

    private boolean namesDeferred(String command, Document body) {
        return body.get(command) instanceof String collection && split.isDeferred(collection);
    }

    private static boolean isUnjournaled(Document body) {
        return body.get("writeConcern") instanceof Document concern && Boolean.FALSE.equals(concern.get("j"));
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
