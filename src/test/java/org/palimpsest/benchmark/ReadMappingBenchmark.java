package org.palimpsest.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.entry.history.RevisionSummary;
import org.palimpsest.system.axon.AxonObjectMapper;
import org.palimpsest.system.mongo.DocumentMapper;
import org.palimpsest.text.ParagraphDiff;

/**
 * The read side's two cuts of 2026-12-02 against what they replaced, in one JVM and interleaved, so that a busy
 * machine slows both sides alike: a stored 50 KB content and 500 stored summaries mapped to records through JSON text
 * (the old {@code DocumentMapper}) and as Jackson tokens (the new), and a 50 KB body cut into paragraphs by the
 * blank-line pattern and by hand. Medians of 3,000 rounds after 1,000 unmeasured ones. Run alone:
 * {@code java -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)"
 * org.palimpsest.benchmark.ReadMappingBenchmark} after {@code bench/run} has written the class path.
 */
final class ReadMappingBenchmark {

    private static final int WARMUP = 1_000;
    private static final int ROUNDS = 3_000;
    private static final int SUMMARIES = 500;
    private static final Pattern BLANK_LINES = Pattern.compile("\\R[\\h]*(?:\\R[\\h]*)+");
    private static final ObjectMapper JSON = AxonObjectMapper.create();

    private static volatile Object sink;

    private ReadMappingBenchmark() {}

    public static void main(String[] args) {
        String body = new WordBody(50_000).text();
        DocumentMapper mapper = new DocumentMapper();
        Document content = stored(mapper.toDocument(new EntryContent(
                "Review benchmark", "Benchmark", HistoricalDate.of(1950, null, null), null, null, body, List.of())));
        Document summary = stored(mapper.toDocument(new RevisionSummary(
                250,
                249,
                RevisionKind.EDIT,
                "editor1",
                Instant.parse("2026-12-02T05:00:00.123456Z"),
                "one word",
                false,
                50_000,
                1,
                EnumSet.of(EntryField.BODY),
                List.of(),
                null)));
        List<Timed> timed = List.of(
                new Timed("50 KB content, through JSON text", () -> viaText(content, EntryContent.class)),
                new Timed("50 KB content, as tokens", () -> mapper.fromDocument(content, EntryContent.class)),
                new Timed("500 summaries, through JSON text", () -> {
                    for (int k = 0; k < SUMMARIES; k++) {
                        sink = viaText(summary, RevisionSummary.class);
                    }
                    return sink;
                }),
                new Timed("500 summaries, as tokens", () -> {
                    for (int k = 0; k < SUMMARIES; k++) {
                        sink = mapper.fromDocument(summary, RevisionSummary.class);
                    }
                    return sink;
                }),
                new Timed("paragraphs of a 50 KB body, pattern split", () -> byPattern(body)),
                new Timed("paragraphs of a 50 KB body, by hand", () -> ParagraphDiff.paragraphs(body)));
        for (int round = 0; round < WARMUP + ROUNDS; round++) {
            for (Timed each : timed) {
                each.run(round >= WARMUP);
            }
        }
        for (Timed each : timed) {
            System.out.printf("FIGURE %s: %.3f ms%n", each.label, BenchmarkStats.median(each.millis));
        }
    }

    private record Timed(String label, Supplier<Object> work, List<Double> millis) {
        Timed(String label, Supplier<Object> work) {
            this(label, work, new ArrayList<>());
        }

        void run(boolean measured) {
            long start = System.nanoTime();
            sink = work.get();
            if (measured) {
                millis.add(BenchmarkStats.millis(System.nanoTime() - start));
            }
        }
    }

    /** What {@code DocumentMapper.fromDocument} did before 2026-12-02. */
    private static <T> T viaText(Document document, Class<T> type) {
        try {
            return JSON.readValue(document.toJson(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What {@code ParagraphDiff.paragraphs} did before 2026-12-02. */
    private static List<String> byPattern(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String part : BLANK_LINES.split(text.strip(), -1)) {
            if (!part.isBlank()) {
                paragraphs.add(part);
            }
        }
        return paragraphs;
    }

    /** The document as a read from the store gives it back. */
    private static Document stored(Document document) {
        return new RawBsonDocument(document, new DocumentCodec()).decode(new DocumentCodec());
    }
}
