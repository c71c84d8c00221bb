package org.palimpsest.system.web;

import org.palimpsest.system.PalimpsestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the operator where the product answers, and on which store. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final PalimpsestProperties properties;

    StartupBanner(PalimpsestProperties properties) {
        this.properties = properties;
    }

    @EventListener
    void announce(WebServerInitializedEvent event) {
        String store = properties.embedded()
                ? "embedded MongoDB in " + properties.dataDir().toAbsolutePath().normalize()
                : "MongoDB at the configured URI";
        log.info("Palimpsest is running at http://localhost:{}/ (API docs: /swagger-ui.html, store: {})",
                event.getWebServer().getPort(), store);
    }
}
