package org.palimpsest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.support.RunningApp;

class SeedImportTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path seeds;

    @Test
    void aRestartImportsNoSeedTwiceAndABadSeedDoesNotStopTheOthers() throws Exception {
        // seeds are read in name order: the bad one first, so the good one comes in only past a failure
        Files.writeString(seeds.resolve("1_broken.txt"), "Korean War\n\nBroken\n1950 Feb 30\n");
        Files.copy(SeedPages.STALIN_AND_MAO, seeds.resolve("2_stalin_and_mao.txt"));
        try (RunningApp app = RunningApp.embedded(dataDir, "--palimpsest.seeds-dir=" + seeds)) {
            assertThat(app.api().get("/api/entries").json().get("totalElements").asLong())
                    .isEqualTo(1);
        }
        try (RunningApp app = RunningApp.embedded(dataDir, "--palimpsest.seeds-dir=" + seeds)) {
            assertThat(app.api().get("/api/entries").json().get("totalElements").asLong())
                    .isEqualTo(1);
            assertThat(app.api()
                            .get("/api/entries/stalin-and-mao/revisions")
                            .json()
                            .get("totalElements")
                            .asLong())
                    .isEqualTo(1);
        }
    }
}
