package org.palimpsest.system.web;

import java.util.List;
import java.util.stream.Collectors;
import org.palimpsest.system.PalimpsestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the operator where the product answers and on which store, once it is ready: after the start-up work (the
 * seeds are in), when readiness turns UP, so that the first click on the printed URL finds them.
 */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final PalimpsestProperties properties;
    private final List<ReadyReport> reports;

    StartupBanner(PalimpsestProperties properties, List<ReadyReport> reports) {
        this.properties = properties;
        this.reports = reports;
    }

    @EventListener
    void announce(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String store = properties.embedded()
                ? "embedded MongoDB in " + properties.dataDir().toAbsolutePath().normalize()
                : "MongoDB at the configured URI";
        String done = reports.stream().map(ReadyReport::readyReport).collect(Collectors.joining("; "));
        log.info(
                "Palimpsest is running at http://localhost:{}/ ({}{}API docs: /swagger-ui.html, store: {})",
                web.getWebServer().getPort(),
                done,
                done.isEmpty() ? "" : "; ",
                store);
    }
}
