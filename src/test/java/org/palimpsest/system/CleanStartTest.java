package org.palimpsest.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.support.RunningApp;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A start and stop with nothing wrong log nothing that looks wrong (the tests log WARN and above). */
@ExtendWith(OutputCaptureExtension.class)
class CleanStartTest {

    @TempDir
    Path dataDir;

    @Test
    void aCleanStartAndStopLogNoWarningOrErrorAndNoConsoleAdvert(CapturedOutput output) {
        try (RunningApp app = RunningApp.embedded(dataDir, "--palimpsest.seeds-dir=seeds")) {
            assertThat(app.api().get("/v3/api-docs").status()).isEqualTo(200);
        }

        String log = output.getOut() + output.getErr();
        assertThat(log).doesNotContain(" WARN ").doesNotContain(" ERROR ");
        // the advert is INFO, below what the tests log: that it is off shows in Axon's own switch
        assertThat(System.getProperty("disable-axoniq-console-message")).isEqualTo("true");
    }
}
