package org.palimpsest.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.palimpsest.PalimpsestApplication;
import org.palimpsest.system.projection.ReadModelCatchUp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.server.WebServer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application, started in this JVM on a free port over a data directory (embedded store) or a
 * MongoDB URI. Overrides go in as command-line arguments, which win over application.yml.
 */
public final class RunningApp implements AutoCloseable {

    private static final Duration READ_YOUR_WRITES = Duration.ofSeconds(10);

    private final ConfigurableApplicationContext context;
    private final Api api;

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        ReadModelCatchUp catchUp = context.getBean(ReadModelCatchUp.class);
        this.api = new Api("http://127.0.0.1:" + port, (entryId, revision) -> {
            if (!catchUp.await(entryId, revision, READ_YOUR_WRITES)) {
                throw new IllegalStateException("read models did not reach revision " + revision + " of " + entryId);
            }
        });
    }

    public static RunningApp embedded(Path dataDir, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--palimpsest.data-dir=" + dataDir, "--palimpsest.mongodb-uri="));
        args.addAll(List.of(extraArgs));
        return start(args);
    }

    public static RunningApp onMongo(String uri, String database, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--palimpsest.mongodb-uri=" + uri,
                "--palimpsest.database=" + database,
                "--palimpsest.demo-accounts=true"));
        args.addAll(List.of(extraArgs));
        return start(args);
    }

    private static RunningApp start(List<String> args) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("server.port", "0");
        options.put("palimpsest.seeds-dir", "target/no-seeds");
        options.put("spring.jmx.enabled", "false");
        for (String arg : args) {
            String[] option = arg.substring(2).split("=", 2);
            options.put(option[0], option.length > 1 ? option[1] : "");
        }
        String[] commandLine = options.entrySet().stream()
                .map(option -> "--" + option.getKey() + "=" + option.getValue())
                .toArray(String[]::new);
        return new RunningApp(new SpringApplicationBuilder(PalimpsestApplication.class).run(commandLine));
    }

    public Api api() {
        return api;
    }

    public WebServer webServer() {
        return ((WebServerApplicationContext) context).getWebServer();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public <T> List<T> beans(Class<T> type) {
        return List.copyOf(context.getBeansOfType(type).values());
    }

    @Override
    public void close() {
        context.close();
    }
}
