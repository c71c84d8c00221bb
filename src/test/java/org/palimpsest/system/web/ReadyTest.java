package org.palimpsest.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.support.Api;
import org.palimpsest.support.RunningApp;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The "running at" line and readiness come once the seeds are in; health tells the store and the projections. */
@ExtendWith(OutputCaptureExtension.class)
class ReadyTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path seeds;

    @Test
    void theRunningLineComesAfterTheSeedsAreInAndSaysHowManyAndHealthShowsReadinessStoreAndProjections(
            CapturedOutput output) throws Exception {
        Files.copy(Path.of("seeds", "000_1c6a75529d828652.txt"), seeds.resolve("1.txt"));
        try (RunningApp app = RunningApp.embedded(
                dataDir,
                "--palimpsest.seeds-dir=" + seeds,
                "--logging.level.org.palimpsest.importer.SeedImporter=INFO",
                "--logging.level.org.palimpsest.system.web.StartupBanner=INFO")) {
            String log = output.getOut();
            int seedsLine = log.indexOf("Seeds from");
            int runningLine = log.indexOf("Palimpsest is running at http://localhost:");
            assertThat(seedsLine).isNotNegative();
            assertThat(runningLine).isGreaterThan(seedsLine);
            assertThat(log.substring(runningLine)).contains("seeds: 1 imported, 0 already present, 0 failed");

            Api api = app.api();
            // the first read after the line, with no waiting of the client's own, finds the seed
            assertThat(api.withoutWaiting().get("/api/entries/stalin-and-mao").status())
                    .isEqualTo(200);
            Api.Response health = api.get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            JsonNode components = health.json().get("components");
            assertThat(components.get("readinessState").get("status").asText()).isEqualTo("UP");
            assertThat(components.get("store").get("status").asText()).isEqualTo("UP");
            assertThat(components.get("store").get("details").get("kind").asText())
                    .isEqualTo("embedded");
            JsonNode projections = components.get("projections");
            assertThat(projections.get("status").asText()).isEqualTo("UP");
            JsonNode processor = projections.get("details").get("read-models");
            assertThat(processor.get("running").asBoolean()).isTrue();
            assertThat(processor.has("behindMs")).isTrue();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode now = api.get("/actuator/health").json().at("/components/projections/details/read-models");
                assertThat(now.get("caughtUp").asBoolean()).isTrue();
                assertThat(now.get("behindMs").asLong()).isZero();
            });
            assertThat(processor.get("readModels"))
                    .extracting(JsonNode::asText)
                    .containsExactlyInAnyOrder("articles", "history", "timelines", "recent-changes");
            JsonNode blame = projections.get("details").get("blame");
            assertThat(blame.get("running").asBoolean()).isTrue();
            assertThat(blame.get("readModels")).extracting(JsonNode::asText).containsExactly("blame");
            assertThat(api.get("/actuator/health/readiness")
                            .json()
                            .get("status")
                            .asText())
                    .isEqualTo("UP");
            assertThat(api.get("/actuator/health/liveness").json().get("status").asText())
                    .isEqualTo("UP");
        }
    }
}
