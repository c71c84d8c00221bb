package org.palimpsest.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.palimpsest.system.PalimpsestProperties;
import org.palimpsest.system.projection.ReadModelCatchUp;
import org.palimpsest.system.web.ReadyReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** On start-up, imports every page in {@code palimpsest.seeds-dir}; pages already present are skipped. */
@Component
class SeedImporter implements ApplicationRunner, ReadyReport {

    private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);
    static final String AUTHOR = "importer";

    /** How long the start waits for the read models to show the seeds it imported. */
    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(30);

    private final ImportService imports;
    private final ReadModelCatchUp readModels;
    private final Path seeds;
    private volatile String report = "seeds: not imported yet";

    SeedImporter(ImportService imports, ReadModelCatchUp readModels, PalimpsestProperties properties) {
        this.imports = imports;
        this.readModels = readModels;
        this.seeds = properties.seedsDir();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!Files.isDirectory(seeds)) {
            log.info(
                    "Seeds: no folder {}, nothing to import",
                    seeds.toAbsolutePath().normalize());
            report = "seeds: no folder " + seeds;
            return;
        }
        List<String> imported = new ArrayList<>();
        int skipped = 0;
        int failed = 0;
        for (Path file : files()) {
            try {
                ImportResult result = imports.importPage(Files.readAllBytes(file), AUTHOR, false);
                if (result.status() == ImportResult.Status.CREATED) {
                    imported.add(result.id());
                } else {
                    skipped++;
                }
            } catch (PageParseException | IOException e) {
                failed++;
                log.warn("Seeds: {} not imported: {}", file.getFileName(), e.getMessage());
            }
        }
        // writes do not wait for the read models; the start does, so that ready means the seeds can be read
        for (String id : imported) {
            if (!readModels.await(id, 1, SHOWN_WITHIN)) {
                log.warn("Seeds: the read models do not show {} yet after {}", id, SHOWN_WITHIN);
            }
        }
        log.info(
                "Seeds from {}: {} imported, {} skipped (already present), {} failed",
                seeds.toAbsolutePath().normalize(),
                imported.size(),
                skipped,
                failed);
        report = "seeds: " + imported.size() + " imported, " + skipped + " already present, " + failed + " failed";
    }

    @Override
    public String readyReport() {
        return report;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> listing = Files.list(seeds)) {
            return listing.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }
}
