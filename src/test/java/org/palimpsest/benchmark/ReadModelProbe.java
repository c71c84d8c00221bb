package org.palimpsest.benchmark;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * Asks the store itself, through the driver, whether the article, history and timeline read models hold a
 * revision: no app code in between, so the answer stays right while the projections' code changes. A question
 * about any number of revisions costs three queries by {@code _id}, one per collection.
 */
final class ReadModelProbe {

    record Revision(String id, long revision) {

        String historyId() {
            return id + "#" + revision;
        }
    }

    private final MongoCollection<Document> articles;
    private final MongoCollection<Document> history;
    private final MongoCollection<Document> timeline;
    private final AtomicLong queries = new AtomicLong();

    ReadModelProbe(MongoDatabase database) {
        this.articles = database.getCollection("articles");
        this.history = database.getCollection("revisions");
        this.timeline = database.getCollection("timeline_entries");
    }

    /** Those of {@code wanted} that one of the three read models does not hold yet. */
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
        Map<String, Long> inArticles = revisions(articles, ids);
        Map<String, Long> inTimeline = revisions(timeline, ids);
        Set<String> inHistory = new HashSet<>();
        history.find(Filters.in("_id", historyIds))
                .projection(Projections.include("_id"))
                .forEach(document -> inHistory.add(document.getString("_id")));
        queries.incrementAndGet();
        return wanted.stream()
                .filter(revision -> inArticles.getOrDefault(revision.id(), 0L) < revision.revision()
                        || inTimeline.getOrDefault(revision.id(), 0L) < revision.revision()
                        || !inHistory.contains(revision.historyId()))
                .toList();
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

    /** Queries sent so far, three to a question. */
    long queries() {
        return 3 * queries.get();
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
