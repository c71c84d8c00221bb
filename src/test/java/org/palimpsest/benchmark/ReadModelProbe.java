package org.palimpsest.benchmark;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * Asks the store itself, through the driver, whether read models hold a revision: no app code in between, so the
 * answer stays right while the projections' code changes. A question about any number of revisions costs one query
 * by {@code _id} per read model asked about. {@link #LAG_GOAL} are the three whose lag the issue's goal is about
 * (kept by one processor); {@link #ALL} adds blame, which has a processor of its own since 2026-12-07.
 */
final class ReadModelProbe {

    /** The read models a probe can ask about, each by the collection that tells whether it holds a revision. */
    enum ReadModel {
        ARTICLES,
        HISTORY,
        TIMELINES,
        BLAME
    }

    static final Set<ReadModel> LAG_GOAL = EnumSet.of(ReadModel.ARTICLES, ReadModel.HISTORY, ReadModel.TIMELINES);
    static final Set<ReadModel> ALL = EnumSet.allOf(ReadModel.class);

    record Revision(String id, long revision) {

        String historyId() {
            return id + "#" + revision;
        }
    }

    private final Set<ReadModel> asked;
    private final MongoCollection<Document> articles;
    private final MongoCollection<Document> history;
    private final MongoCollection<Document> timeline;
    private final MongoCollection<Document> blame;
    private final AtomicLong queries = new AtomicLong();

    ReadModelProbe(MongoDatabase database, Set<ReadModel> asked) {
        this.asked = Set.copyOf(asked);
        this.articles = database.getCollection("articles");
        this.history = database.getCollection("revisions");
        this.timeline = database.getCollection("timeline_entries");
        this.blame = database.getCollection("blame_entries");
    }

    /** Those of {@code wanted} that one of the read models asked about does not hold yet. */
    List<Revision> missing(Collection<Revision> wanted) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new HashSet<>();
        Set<String> historyIds = new HashSet<>();
        for (Revision revision : wanted) {
            ids.add(revision.id());
            historyIds.add(revision.historyId());
        }
        Map<String, Long> inArticles = asked.contains(ReadModel.ARTICLES) ? revisions(articles, ids) : null;
        Map<String, Long> inTimeline = asked.contains(ReadModel.TIMELINES) ? revisions(timeline, ids) : null;
        Map<String, Long> inBlame = asked.contains(ReadModel.BLAME) ? revisions(blame, ids) : null;
        Set<String> inHistory = null;
        if (asked.contains(ReadModel.HISTORY)) {
            Set<String> found = new HashSet<>();
            history.find(Filters.in("_id", historyIds))
                    .projection(Projections.include("_id"))
                    .forEach(document -> found.add(document.getString("_id")));
            inHistory = found;
        }
        queries.incrementAndGet();
        Set<String> historyHeld = inHistory;
        return wanted.stream()
                .filter(revision -> behind(inArticles, revision)
                        || behind(inTimeline, revision)
                        || behind(inBlame, revision)
                        || (historyHeld != null && !historyHeld.contains(revision.historyId())))
                .toList();
    }

    private static boolean behind(Map<String, Long> held, Revision revision) {
        return held != null && held.getOrDefault(revision.id(), 0L) < revision.revision();
    }

    /** Polls until every one of {@code wanted} is held; returns the {@link System#nanoTime()} it saw that. */
    long awaitAll(Collection<Revision> wanted, Duration poll, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Revision> left = List.copyOf(wanted);
        while (true) {
            left = missing(left);
            long now = System.nanoTime();
            if (left.isEmpty()) {
                return now;
            }
            if (now > deadline) {
                throw new IllegalStateException(left.size() + " revisions, " + left.get(0) + " among them, not in the "
                        + "read models within " + timeout);
            }
            Thread.sleep(poll.toMillis());
        }
    }

    /** Queries sent so far, one per read model asked about to a question. */
    long queries() {
        return asked.size() * queries.get();
    }

    private Map<String, Long> revisions(MongoCollection<Document> collection, Set<String> ids) {
        Map<String, Long> revisions = new HashMap<>();
        collection
                .find(Filters.in("_id", ids))
                .projection(Projections.include("revision"))
                .forEach(document -> revisions.put(
                        document.getString("_id"),
                        document.get("revision", Number.class).longValue()));
        return revisions;
    }
}
