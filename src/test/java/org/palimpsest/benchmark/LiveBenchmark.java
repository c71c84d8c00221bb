package org.palimpsest.benchmark;

import java.io.PrintStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palimpsest.support.Api;
import org.palimpsest.support.RunningApp;
import org.palimpsest.support.StompTestClient;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * {@code bench/run live}: STOMP fan-out of one entry's revisions (issue 11, point 8). For 10 and 50 subscribers of
 * {@code /topic/entries/{id}} and one writer revising the entry over REST at 10 and 100 revisions/s, the latency
 * from the writer's HTTP answer to the message's arrival at each subscriber (p50, p95, p99), the messages/s
 * delivered and how many never arrived. Subscribers and writer run in this JVM, beside the app, on the same cores.
 */
final class LiveBenchmark {

    private static final Pattern REVISION = Pattern.compile("\"revision\":(\\d+)");
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final BenchmarkOptions options;

    LiveBenchmark(BenchmarkOptions options) {
        this.options = options;
    }

    private record Figures(
            int subscribers,
            int rate,
            double achieved,
            double p50,
            double p95,
            double p99,
            double perSecond,
            long lost) {}

    BenchmarkReport run() throws Exception {
        List<Figures> figures = new ArrayList<>();
        try (RunningApp app = PalimpsestBenchmark.start(options.dataDir())) {
            Api api = app.api().withoutWaiting();
            ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
            scheduler.setPoolSize(2);
            scheduler.initialize();
            WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
            client.setTaskScheduler(scheduler);
            client.setInboundMessageSizeLimit(1024 * 1024);
            int scenario = 0;
            for (int subscribers : List.of(10, 50)) {
                for (int rate : List.of(10, 100)) {
                    scenario++;
                    BenchmarkProgress.say("live: %d subscribers, %d revisions/s", subscribers, rate);
                    figures.add(measure(api, client, "live-" + scenario, subscribers, rate));
                }
            }
            scheduler.shutdown();
        }
        return out -> print(out, figures);
    }

    private Figures measure(Api api, WebSocketStompClient client, String title, int subscribers, int rate)
            throws Exception {
        Api.Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of("title", title, "timeline", "Benchmark", "date", "1950", "body", "x")));
        String id = created.json().get("id").asText();
        Map<Long, Long> answered = new ConcurrentHashMap<>();
        List<Map<Long, Long>> arrivals = new ArrayList<>();
        List<StompSession> sessions = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            Map<Long, Long> arrived = new ConcurrentHashMap<>();
            arrivals.add(arrived);
            StompSession session = client.connectAsync(
                            StompTestClient.webSocketUrl(api.base()),
                            new WebSocketHttpHeaders(),
                            new StompHeaders(),
                            new StompSessionHandlerAdapter() {})
                    .get(10, TimeUnit.SECONDS);
            session.subscribe("/topic/entries/" + id, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders headers) {
                    return byte[].class;
                }

                @Override
                public void handleFrame(StompHeaders headers, Object payload) {
                    long now = System.nanoTime();
                    Matcher revision = REVISION.matcher(new String(
                            (byte[]) payload, 0, Math.min(200, ((byte[]) payload).length), StandardCharsets.UTF_8));
                    if (revision.find()) {
                        arrived.put(Long.parseLong(revision.group(1)), now);
                    }
                }
            });
            sessions.add(session);
        }
        Thread.sleep(500);
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long end = start + options.round().toNanos();
        AtomicLong base = new AtomicLong(1);
        long next = start;
        int written = 0;
        while (System.nanoTime() < end) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            next += periodNanos;
            long revision = base.get();
            Api.Response revised = api.put(
                    "/api/entries/" + id,
                    "editor1",
                    Api.json(Map.of("baseRevision", revision, "changes", Map.of("body", "x " + revision))));
            long now = System.nanoTime();
            if (revised.status() == 200) {
                answered.put(revision + 1, now);
                base.set(revision + 1);
                written++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + GRACE.toNanos();
        while (System.nanoTime() < deadline && !allArrived(answered, arrivals)) {
            Thread.sleep(20);
        }
        List<Double> latencies = new ArrayList<>();
        long lost = 0;
        for (Map<Long, Long> arrived : arrivals) {
            for (Map.Entry<Long, Long> answer : answered.entrySet()) {
                Long at = arrived.get(answer.getKey());
                if (at == null) {
                    lost++;
                } else {
                    latencies.add(BenchmarkStats.millis(at - answer.getValue()));
                }
            }
        }
        sessions.forEach(StompSession::disconnect);
        return new Figures(
                subscribers,
                rate,
                written / seconds,
                BenchmarkStats.percentile(latencies, 50),
                BenchmarkStats.percentile(latencies, 95),
                BenchmarkStats.percentile(latencies, 99),
                latencies.size() / seconds,
                lost);
    }

    private static boolean allArrived(Map<Long, Long> answered, List<Map<Long, Long>> arrivals) {
        return arrivals.stream().allMatch(arrived -> arrived.keySet().containsAll(answered.keySet()));
    }

    private void print(PrintStream out, List<Figures> figures) {
        out.println("Live fan-out: one entry, one REST writer, STOMP subscribers of /topic/entries/{id}, "
                + options.round().toSeconds() + " s each; latency from the writer's HTTP answer to arrival (ms)");
        BenchmarkTable table = new BenchmarkTable(
                "subscribers", "target rev/s", "achieved rev/s", "p50 ms", "p95 ms", "p99 ms", "msgs/s", "lost");
        for (Figures f : figures) {
            table.row(
                    Integer.toString(f.subscribers()),
                    Integer.toString(f.rate()),
                    BenchmarkTable.number(f.achieved()),
                    BenchmarkTable.number(f.p50()),
                    BenchmarkTable.number(f.p95()),
                    BenchmarkTable.number(f.p99()),
                    BenchmarkTable.number(f.perSecond()),
                    Long.toString(f.lost()));
        }
        table.print(out);
    }
}
