package org.palimpsest.system.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.support.RunningApp;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** A start that cannot work ends at once, saying why and what to do, instead of a long stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartFailuresTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondAppOnTheSameDataFolderNamesTheFolderTheOwnerAndTheWayOut(CapturedOutput output) {
        try (RunningApp first = RunningApp.embedded(dataDir)) {
            Throwable failure =
                    catchThrowable(() -> RunningApp.embedded(dataDir).close());

            FailureAnalysis analysis = new DataDirInUseAnalyzer().analyze(failure);
            assertThat(analysis.getDescription())
                    .isEqualTo("The data folder " + dataDir.toAbsolutePath().normalize()
                            + " is in use by another Palimpsest in this same process (pid "
                            + ProcessHandle.current().pid()
                            + ").");
            assertThat(analysis.getAction()).contains("Stop it, or set palimpsest.data-dir");
            assertReportedWithoutStackTrace(output, analysis);
            assertThat(first.api().get("/actuator/health").status()).isEqualTo(200);
        }
    }

    @Test
    void theFolderIsFreeAgainOnceTheFirstAppHasStopped() {
        RunningApp.embedded(dataDir).close();

        try (RunningApp again = RunningApp.embedded(dataDir)) {
            assertThat(again.api().get("/actuator/health").status()).isEqualTo(200);
        }
    }

    @Test
    void anUnreachableMongoFailsFastNamingTheHostAndTheWayOut(CapturedOutput output) {
        Instant start = Instant.now();
        Throwable failure = catchThrowable(() -> RunningApp.onMongo(
                        "mongodb://127.0.0.1:1/?replicaSet=rs0", "palimpsest", "--palimpsest.mongodb-start-timeout=1s")
                .close());

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));
        FailureAnalysis analysis = new MongoUnreachableAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).startsWith("MongoDB at 127.0.0.1:1 did not answer within 1000 ms");
        assertThat(analysis.getAction()).contains("MONGODB_URI").contains("directConnection=true");
        assertReportedWithoutStackTrace(output, analysis);
    }

    @Test
    void bothAnalyzersAreRegistered() {
        assertThat(registeredAnalyzers())
                .hasAtLeastOneElementOfType(DataDirInUseAnalyzer.class)
                .hasAtLeastOneElementOfType(MongoUnreachableAnalyzer.class);
    }

    static void assertReportedWithoutStackTrace(CapturedOutput output, FailureAnalysis analysis) {
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains(analysis.getDescription())
                .doesNotContain("\tat org.springframework");
    }

    /** As Spring Boot loads them, less those that need a bean factory to be made. */
    static List<FailureAnalyzer> registeredAnalyzers() {
        return SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, null, (factoryType, implementationName, failure) -> {});
    }
}
