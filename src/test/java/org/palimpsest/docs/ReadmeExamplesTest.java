package org.palimpsest.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.support.RunningApp;

/** Every curl line of the README's "Try it" works as written, pasted twice in a row, on the shipped seeds. */
class ReadmeExamplesTest {

    private static final Pattern TRY_IT = Pattern.compile("## Try it.*?```bash\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dataDir;

    @Test
    void everyCurlLineOfTheReadmeSucceedsTwiceInARow() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is not installed");
        List<String> commands = commands(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertThat(commands).hasSizeGreaterThanOrEqualTo(5);
        try (RunningApp app = RunningApp.embedded(dataDir, "--palimpsest.seeds-dir=seeds")) {
            String port = app.api().base().substring(app.api().base().lastIndexOf(':') + 1);
            for (int round = 1; round <= 2; round++) {
                for (String command : commands) {
                    String run = command.replace("localhost:8080", "127.0.0.1:" + port);
                    Result result = bash(run + " -o /dev/null -w '%{http_code}'");
                    assertThat(result.exit())
                            .as(round + ": " + command + "\n" + result.output())
                            .isZero();
                    assertThat(result.output().strip())
                            .as(round + ": " + command)
                            .matches("2\\d\\d");
                }
            }
        }
    }

    /** The bash block's commands, continuation lines joined, comments dropped. */
    static List<String> commands(String readme) {
        Matcher block = TRY_IT.matcher(readme);
        assertThat(block.find()).as("README has a 'Try it' bash block").isTrue();
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : block.group(1).split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
            } else {
                commands.add(current.append(line).toString().strip());
                current.setLength(0);
            }
        }
        return commands;
    }

    private static Result bash(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exit, String output) {}
}
