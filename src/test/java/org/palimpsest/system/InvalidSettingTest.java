package org.palimpsest.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
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

/** A bad palimpsest.* value stops the start with the setting's name and its rule, not a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class InvalidSettingTest {

    @TempDir
    Path dataDir;

    private FailureAnalysis startWith(String setting) {
        Throwable failure =
                catchThrowable(() -> RunningApp.embedded(dataDir, setting).close());
        return new InvalidSettingAnalyzer().analyze(failure);
    }

    @Test
    void anEmbeddedPortOutOfRangeIsNamedWithItsRule(CapturedOutput output) {
        FailureAnalysis analysis = startWith("--palimpsest.embedded-port=99999");

        assertThat(analysis.getDescription())
                .isEqualTo(
                        "palimpsest.embedded-port is '99999'; it must be a TCP port, 0 to 65535 (0: any free port).");
        assertThat(analysis.getAction()).contains("PALIMPSEST_EMBEDDED_PORT");
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains(analysis.getDescription())
                .doesNotContain("\tat org.springframework");
    }

    @Test
    void aPlainPasswordWhereAHashBelongsIsRefusedWithoutShowingIt() {
        FailureAnalysis analysis = startWith("--palimpsest.accounts[0].username=ada");

        assertThat(analysis.getDescription()).startsWith("palimpsest.accounts[0].password-hash is not set");

        FailureAnalysis plain = new InvalidSettingAnalyzer()
                .analyze(catchThrowable(() -> RunningApp.embedded(
                                dataDir,
                                "--palimpsest.accounts[0].username=ada",
                                "--palimpsest.accounts[0].password-hash=secret")
                        .close()));
        assertThat(plain.getDescription())
                .startsWith("palimpsest.accounts[0].password-hash is '(hidden)'; it must be" + " a BCrypt hash")
                .doesNotContain("secret");
        assertThat(plain.getAction()).contains("PALIMPSEST_ACCOUNTS_0_PASSWORD_HASH");
    }

    @Test
    void anUnknownRoleIsNamed() {
        FailureAnalysis role = new InvalidSettingAnalyzer()
                .analyze(catchThrowable(() -> RunningApp.embedded(
                                dataDir,
                                "--palimpsest.accounts[0].username=ada",
                                "--palimpsest.accounts[0].password-hash={noop}x",
                                "--palimpsest.accounts[0].roles=EDITOR,AUTHOR")
                        .close()));
        assertThat(role.getDescription())
                .isEqualTo("palimpsest.accounts[0].roles is 'AUTHOR'; it must be each one of ADMIN, EDITOR, REVIEWER.");
    }

    @Test
    void theAnalyzerIsRegistered() {
        assertThat(registeredAnalyzers()).hasAtLeastOneElementOfType(InvalidSettingAnalyzer.class);
    }

    /** As Spring Boot loads them, less those that need a bean factory to be made. */
    static List<FailureAnalyzer> registeredAnalyzers() {
        return SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, null, (factoryType, implementationName, failure) -> {});
    }
}
