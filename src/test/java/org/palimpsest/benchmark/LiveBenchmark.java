package org.palimpsest.benchmark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.palimpsest.support.Api;
import org.palimpsest.support.RunningApp;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * {@code bench/run live}: STOMP fan-out of revisions (issue 11, point 8). First one entry with 10 and 50 subscribers
 * of {@code /topic/entries/{id}}, revised over REST at 10 and 100 revisions/s by several writers; then 200 entries
 * with one subscriber each, the rate raised step by step until two steps were not sustained. For each: the latency
 * from the HTTP answer of each stored revision to its arrival at each subscriber (p50, p95, p99), the messages/s
 * delivered, how many never arrived and how long the last ones took after the writers stopped. Subscribers and
 * writers run in this JVM, beside the app, on the same cores, after an unmeasured warm-up ({@link #warmUp}).
 */
final class LiveBenchmark {

    private static final Duration GRACE = Duration.ofSeconds(5);
    /** Each writer's share of the rate: a revise of one client takes 10–30 ms here, so 20/s leaves it slack. */
    private static final int RATE_PER_WRITER = 20;

    private static final int SPREAD_ENTRIES = 200;
    private static final List<Integer> SPREAD_RATES = List.of(50, 100, 150, 200, 300, 400);

    /**
     * A step is sustained when the writers reach 95 % of its rate, every revision arrives, the last arrive within
     * {@link #SUSTAINED_DRAIN} of the writers' stop (no backlog) and p99 stays within {@link #SUSTAINED_P99_MS}
     * (the goal for 50 subscribers).
     */
    private static final double SUSTAINED_SHARE = 0.95;

    private static final Duration SUSTAINED_DRAIN = Duration.ofSeconds(1);
    private static final double SUSTAINED_P99_MS = 50;

    private final BenchmarkOptions options;

    LiveBenchmark(BenchmarkOptions options) {
        this.options = options;
    }

    private record Round(
            int subscribers,
            int writers,
            int rate,
            LiveWriters.Written written,
            double p50,
            double p95,
            double p99,
            double perSecond,
            long lost,
            double drainMs) {

        boolean sustained() {
            return written.perSecond() >= SUSTAINED_SHARE * rate
                    && lost == 0
                    && drainMs <= SUSTAINED_DRAIN.toMillis()
                    && p99 <= SUSTAINED_P99_MS;
        }
    }

    BenchmarkReport run() throws Exception {
        List<Round> oneEntry = new ArrayList<>();
        List<Round> spread = new ArrayList<>();
        try (RunningApp app = PalimpsestBenchmark.start(options.dataDir())) {
            Api api = app.api().withoutWaiting();
            ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
            scheduler.setPoolSize(2);
            scheduler.initialize();
            WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
            client.setTaskScheduler(scheduler);
            client.setInboundMessageSizeLimit(1024 * 1024);
            warmUp(api, client);
            int scenario = 0;
            for (int subscribers : List.of(10, 50)) {
                for (int rate : List.of(10, 100)) {
                    scenario++;
                    int writers = writers(rate);
                    BenchmarkProgress.say(
                            "live: one entry, %d subscribers, %d writers, %d revisions/s", subscribers, writers, rate);
                    List<LiveWriters.Target> entry = List.of(create(api, "live-" + scenario, writers));
                    List<String> subscribed =
                            Collections.nCopies(subscribers, entry.get(0).entryId());
                    try (LiveSubscribers listening = LiveSubscribers.connect(client, api.base(), subscribed)) {
                        oneEntry.add(measure(api, entry, listening, writers, rate));
                    }
                }
            }
            List<LiveWriters.Target> entries = new ArrayList<>();
            for (int i = 0; i < SPREAD_ENTRIES; i++) {
                entries.add(create(api, "live-spread-" + i, 1));
            }
            List<String> subscribed =
                    entries.stream().map(LiveWriters.Target::entryId).toList();
            try (LiveSubscribers listening = LiveSubscribers.connect(client, api.base(), subscribed)) {
                for (int rate : SPREAD_RATES) {
                    // twice the writers of one entry: a writer of many entries meets more cold entries, so its
                    // revises vary more, and a writer late by more than one period loses that revise's slot
                    int writers = 2 * writers(rate);
                    BenchmarkProgress.say(
                            "live: %d entries, one subscriber each, %d writers, %d revisions/s",
                            SPREAD_ENTRIES, writers, rate);
                    Round round = measure(api, entries, listening, writers, rate);
                    spread.add(round);
                    if (!round.sustained()
                            && spread.stream().filter(step -> !step.sustained()).count() == 2) {
                        break;
                    }
                }
            }
            scheduler.shutdown();
        }
        return out -> print(out, oneEntry, spread);
    }

    /**
     * {@code --warmup} seconds (30) of the busiest one-entry case, not measured, so that the rounds measure a running
     * server rather than the JIT's first minute (the core benchmark warms up the same way; a fresh start's first saves
     * are a figure of their own there).
     */
    private void warmUp(Api api, WebSocketStompClient client) throws Exception {
        if (options.warmup().isZero()) {
            return;
        }
        int writers = writers(100);
        BenchmarkProgress.say(
                "live: warming up for %d s (one entry, 10 subscribers, %d writers, 100 revisions/s), not measured",
                options.warmup().toSeconds(), writers);
        List<LiveWriters.Target> entry = List.of(create(api, "live-warm-up", writers));
        try (LiveSubscribers listening = LiveSubscribers.connect(
                client, api.base(), Collections.nCopies(10, entry.get(0).entryId()))) {
            LiveWriters.write(api, entry, writers, 100, options.warmup());
        }
    }

    private static int writers(int rate) {
        return Math.max(1, (rate + RATE_PER_WRITER - 1) / RATE_PER_WRITER);
    }

    private static LiveWriters.Target create(Api api, String title, int writers) {
        List<String> paragraphs = LiveWriters.firstParagraphs(writers);
        Api.Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of(
                        "title",
                        title,
                        "timeline",
                        "Benchmark",
                        "date",
                        "1950",
                        "body",
                        String.join(LiveWriters.PARAGRAPH_BREAK, paragraphs))));
        return new LiveWriters.Target(created.json().get("id").asText(), paragraphs);
    }

    private Round measure(Api api, List<LiveWriters.Target> entries, LiveSubscribers listening, int writers, int rate)
            throws Exception {
        Thread.sleep(500);
        LiveWriters.Written written = LiveWriters.write(api, entries, writers, rate, options.round());
        long stopped = System.nanoTime();
        long deadline = stopped + GRACE.toNanos();
        while (System.nanoTime() < deadline && !allArrived(written, listening)) {
            Thread.sleep(5);
        }
        double drainMs = BenchmarkStats.millis(System.nanoTime() - stopped);
        List<Double> latencies = new ArrayList<>();
        long lost = 0;
        for (LiveSubscribers.Subscriber subscriber : listening.all()) {
            for (Map.Entry<Long, Long> answer :
                    written.answered().get(subscriber.entryId()).entrySet()) {
                Long at = subscriber.arrived().get(answer.getKey());
                if (at == null) {
                    lost++;
                } else {
                    latencies.add(BenchmarkStats.millis(at - answer.getValue()));
                }
            }
        }
        return new Round(
                listening.all().size(),
                writers,
                rate,
                written,
                BenchmarkStats.percentile(latencies, 50),
                BenchmarkStats.percentile(latencies, 95),
                BenchmarkStats.percentile(latencies, 99),
                latencies.size() / written.seconds(),
                lost,
                drainMs);
    }

    private static boolean allArrived(LiveWriters.Written written, LiveSubscribers listening) {
        return listening.all().stream()
                .allMatch(subscriber -> subscriber
                        .arrived()
                        .keySet()
                        .containsAll(
                                written.answered().get(subscriber.entryId()).keySet()));
    }

    private void print(PrintStream out, List<Round> oneEntry, List<Round> spread) {
        out.println("Live fan-out: one entry, REST writers, STOMP subscribers of /topic/entries/{id}, "
                + options.round().toSeconds() + " s each; latency from the HTTP answer of each stored revision to"
                + " its arrival (ms)");
        BenchmarkTable table = new BenchmarkTable(
                "subscribers",
                "writers",
                "target rev/s",
                "achieved rev/s",
                "merged",
                "409s",
                "errors",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "msgs/s",
                "lost",
                "drain ms");
        for (Round round : oneEntry) {
            table.row(
                    Integer.toString(round.subscribers()),
                    Integer.toString(round.writers()),
                    Integer.toString(round.rate()),
                    BenchmarkTable.number(round.written().perSecond()),
                    Long.toString(round.written().merged()),
                    Long.toString(round.written().conflicts()),
                    Long.toString(round.written().failed()),
                    BenchmarkTable.number(round.p50()),
                    BenchmarkTable.number(round.p95()),
                    BenchmarkTable.number(round.p99()),
                    BenchmarkTable.number(round.perSecond()),
                    Long.toString(round.lost()),
                    BenchmarkTable.number(round.drainMs()));
        }
        table.print(out);
        out.println();
        out.println(
                SPREAD_ENTRIES + " entries, one subscriber each, each entry revised by one writer; rate raised"
                        + " until two steps were not sustained (achieved < 95 % of target, a loss, drain > 1 s or p99 > 50 ms)");
        BenchmarkTable steps = new BenchmarkTable(
                "writers",
                "target rev/s",
                "achieved rev/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "msgs/s",
                "lost",
                "drain ms",
                "sustained");
        for (Round round : spread) {
            steps.row(
                    Integer.toString(round.writers()),
                    Integer.toString(round.rate()),
                    BenchmarkTable.number(round.written().perSecond()),
                    BenchmarkTable.number(round.p50()),
                    BenchmarkTable.number(round.p95()),
                    BenchmarkTable.number(round.p99()),
                    BenchmarkTable.number(round.perSecond()),
                    Long.toString(round.lost()),
                    BenchmarkTable.number(round.drainMs()),
                    round.sustained() ? "yes" : "no");
        }
        steps.print(out);
        Round fastest =
                spread.stream().filter(Round::sustained).reduce((a, b) -> b).orElse(null);
        out.println(
                fastest == null
                        ? "fastest sustained rate: none of the steps"
                        : "fastest sustained rate: "
                                + BenchmarkTable.number(fastest.written().perSecond()) + " revisions/s (step "
                                + fastest.rate() + ")");
    }
}
