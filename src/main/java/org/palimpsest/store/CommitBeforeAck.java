package org.palimpsest.store;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;

/**
 * Commits the MVStore after every command that may write and before its reply goes out, so an acknowledged
 * write is in the file (handed to the OS, not fsynced) and survives a crash of the process.
 * <p>
 * Write commands share a read lock and a commit takes the write lock: a commit therefore never captures half
 * a command (a document without its index entries), and one commit covers every command that finished before
 * it started, so a writer that waited while such a commit ran has nothing left to commit: concurrent writers
 * share commits. The store's own background commits must be off, as they would not respect that lock.
 * <p>
 * Two exceptions, as MongoDB's own write concern has them: writes to the deferred collections, and writes
 * sent with {@code writeConcern: {j: false}}, are acknowledged before any commit; the {@code fsync} command
 * then commits everything acknowledged so far. A client that must order its writes under a lock of its own
 * (Axon's appends) writes unjournaled inside the lock and sends {@code fsync} after it, so that its commits
 * are shared too.
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

    private final MVStore store;
    private final Set<String> deferred;
    private final ScheduledExecutorService committer;
    /**
     * A commit per write leaves partly dead chunks that the store, with its background thread off, never
     * frees: every few commits the dead ones are dropped, and live pages of sparse ones are moved on
     * (docs/embedded-store.md, Limits, has the file sizes with and without this).
     */
    private static final int DROP_EVERY = 32;

    private static final int COMPACT_EVERY = 64;
    private static final int COMPACT_TARGET_FILL_PERCENT = 70;
    private static final int COMPACT_WRITE_BYTES = 1 << 20;

    private final ReadWriteLock commitLock = new ReentrantReadWriteLock();
    /** Counts commits begun (under the write lock); read before waiting for the lock. */
    private final AtomicLong commitsStarted = new AtomicLong();

    private long commits;

    CommitBeforeAck(MVStore store, Set<String> deferred) {
        this.store = store;
        this.deferred = Set.copyOf(deferred);
        this.committer = deferred.isEmpty()
                ? null
                : Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "embedded-mongo-committer");
                    thread.setDaemon(true);
                    return thread;
                });
        if (committer != null) {
            committer.scheduleWithFixedDelay(
                    this::flush, DEFERRED_COMMIT_MILLIS, DEFERRED_COMMIT_MILLIS, TimeUnit.MILLISECONDS);
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
        boolean commitNow = !isDeferred(command, body) && !isUnjournaled(body);
        commitLock.readLock().lock();
        try {
            return execution.get();
        } finally {
            commitLock.readLock().unlock();
            // Also after a failure: an unordered or partly failed batch has acknowledged some documents.
            if (commitNow) {
                flush();
            }
        }
    }

    @Override
    public void flush() {
        long startedBefore = commitsStarted.get();
        commitLock.writeLock().lock();
        try {
            if (commitsStarted.get() > startedBefore) {
                // a commit started after this caller's writes had finished, and so holds them
                return;
            }
            commitsStarted.incrementAndGet();
            if (store.hasUnsavedChanges()) {
                store.commit();
                reclaimSpace();
            }
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        if (committer != null) {
            committer.shutdownNow();
        }
        flush();
    }

    private boolean isDeferred(String command, Document body) {
        return DATA_WRITES.contains(command)
                && body.get(command) instanceof String collection
                && deferred.contains(collection);
    }

    private static boolean isUnjournaled(Document body) {
        return body.get("writeConcern") instanceof Document concern && Boolean.FALSE.equals(concern.get("j"));
    }

    private void reclaimSpace() {
        commits++;
        if (commits % DROP_EVERY == 0) {
            store.getFileStore().dropUnusedChunks();
        }
        if (commits % COMPACT_EVERY == 0) {
            store.compact(COMPACT_TARGET_FILL_PERCENT, COMPACT_WRITE_BYTES);
        }
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
