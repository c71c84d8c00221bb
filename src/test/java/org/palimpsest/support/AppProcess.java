package org.palimpsest.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application in a JVM of its own, so that a test can kill it with SIGKILL mid-write, or a benchmark can read
 * its CPU time apart from the load generator's.
 */
public final class AppProcess {

    private final Process process;
    private final Api api;

    private AppProcess(Process process, int port) {
        this.process = process;
        this.api = new Api("http://127.0.0.1:" + port);
    }

    /** {@code extraArgs} are application arguments ({@code --name=value}), after the defaults so that they win. */
    public static AppProcess start(Path dataDir, Path log, String... extraArgs)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:+UseParallelGC"); // as mvn spring-boot:run starts the app (pom.xml)
        command.add("-XX:+AlwaysPreTouch");
        // APP_JAVA_OPTS: options of the app's JVM, for a benchmark that compares some (bench/run's header)
        command.addAll(
                Arrays.stream(System.getenv().getOrDefault("APP_JAVA_OPTS", "").split("\\s+"))
                        .filter(option -> !option.isBlank())
                        .toList());
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "org.palimpsest.PalimpsestApplication",
                "--server.port=" + port,
                "--palimpsest.data-dir=" + dataDir,
                "--palimpsest.mongodb-uri=",
                "--palimpsest.seeds-dir=target/no-seeds",
                "--spring.jmx.enabled=false"));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        AppProcess app = new AppProcess(process, port);
        app.awaitHealthy(Duration.ofSeconds(90));
        return app;
    }

    public Api api() {
        return api;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGTERM: Spring closes the context, and with it the embedded store, before the JVM exits. */
    public void stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            throw new IllegalStateException("the app process did not stop within " + timeout);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app process exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create(api.base() + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the app process did not become healthy in " + timeout);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
