package org.palimpsest.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.palimpsest.support.Api;

/**
 * The live benchmark's REST writers: {@code writers} threads revising their entries together at {@code rate}
 * revisions/s (each thread a share of it, their starts spread over one period). Each revise is based on the newest
 * revision its thread knows of its entry, from any thread's answer, and changes only that thread's paragraph of the
 * body, so a stale base is merged (200, merged) rather than refused; a 409 is counted and the thread goes on.
 * Every stored revision is an answered one: its answer's time is what latencies are measured from.
 */
final class LiveWriters {

    /** An entry being revised: the newest revision any writer's answer showed, with its body. */
    static final class Target {

        private record Known(long revision, List<String> paragraphs) {}

        private final String entryId;
        private final AtomicReference<Known> newest;

        Target(String entryId, List<String> paragraphs) {
            this.entryId = entryId;
            this.newest = new AtomicReference<>(new Known(1, List.copyOf(paragraphs)));
        }

        String entryId() {
            return entryId;
        }

        private Known newest() {
            return newest.get();
        }

        private void answered(long revision, List<String> paragraphs) {
            Known seen = new Known(revision, paragraphs);
            newest.accumulateAndGet(seen, (known, next) -> next.revision() > known.revision() ? next : known);
        }
    }

    /** What the writers stored: per entry, per revision, the {@link System#nanoTime()} of its answer. */
    record Written(
            Map<String, Map<Long, Long>> answered,
            long stored,
            long merged,
            long conflicts,
            long failed,
            double seconds) {

        double perSecond() {
            return stored / seconds;
        }
    }

    static final String PARAGRAPH_BREAK = "\n\n";

    private LiveWriters() {}

    /** The body an entry starts with: one paragraph for each of up to {@code writers} writers. */
    static List<String> firstParagraphs(int writers) {
        List<String> paragraphs = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            paragraphs.add("writer " + w + " has not written yet");
        }
        return paragraphs;
    }

    /**
     * Revises for {@code duration}. With no more targets than writers, writer w revises target {@code w % size} (one
     * target: all of them revise it); with more, writer w takes every {@code writers}-th target from w in turn, so
     * that each target has one writer.
     */
    static Written write(Api api, List<Target> targets, int writers, int rate, Duration duration)
            throws InterruptedException {
        Map<String, Map<Long, Long>> answered = new ConcurrentHashMap<>();
        targets.forEach(target -> answered.put(target.entryId(), new ConcurrentHashMap<>()));
        AtomicLong stored = new AtomicLong();
        AtomicLong merged = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long periodNanos = 1_000_000_000L * writers / rate;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            List<Target> mine = mine(targets, writers, writer);
            running.add(threads.submit(() -> {
                long next = start + periodNanos * writer / writers;
                for (int turn = 0; System.nanoTime() < end; turn++) {
                    pace(next);
                    next = Math.max(next + periodNanos, System.nanoTime() - periodNanos);
                    Target target = mine.get(turn % mine.size());
                    Target.Known base = target.newest();
                    List<String> paragraphs = new ArrayList<>(base.paragraphs());
                    int own = writer % paragraphs.size();
                    paragraphs.set(own, "writer " + writer + " wrote this in turn " + turn);
                    Api.Response revised = api.put(
                            "/api/entries/" + target.entryId(),
                            "editor1",
                            Api.json(Map.of(
                                    "baseRevision",
                                    base.revision(),
                                    "changes",
                                    Map.of("body", String.join(PARAGRAPH_BREAK, paragraphs)))));
                    long now = System.nanoTime();
                    if (revised.status() == 200) {
                        JsonNode entry = revised.json();
                        long revision = entry.get("revision").asLong();
                        answered.get(target.entryId()).put(revision, now);
                        stored.incrementAndGet();
                        if (entry.path("merged").asBoolean()) {
                            merged.incrementAndGet();
                        }
                        target.answered(
                                revision, List.of(entry.get("body").asText().split(PARAGRAPH_BREAK, -1)));
                    } else if (revised.status() == 409) {
                        conflicts.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : running) {
            try {
                writer.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a writer failed", e.getCause());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        threads.shutdown();
        threads.awaitTermination(1, TimeUnit.SECONDS);
        return new Written(answered, stored.get(), merged.get(), conflicts.get(), failed.get(), seconds);
    }

    private static List<Target> mine(List<Target> targets, int writers, int writer) {
        if (targets.size() <= writers) {
            return List.of(targets.get(writer % targets.size()));
        }
        List<Target> mine = new ArrayList<>();
        for (int i = writer; i < targets.size(); i += writers) {
            mine.add(targets.get(i));
        }
        return mine;
    }

    /** Waits for the slot; a writer that fell behind goes on at once and skips the slots it missed beyond one. */
    private static void pace(long next) throws InterruptedException {
        long wait = next - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
