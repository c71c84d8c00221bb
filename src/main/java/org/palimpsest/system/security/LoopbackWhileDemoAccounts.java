package org.palimpsest.system.security;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The demo accounts' passwords are their public names, so while they are on the app listens on 127.0.0.1
 * only, unless {@code server.address} says otherwise. Set here rather than in a web server customizer so
 * that the one rule holds for whatever reads {@code server.address}, and an explicit setting always wins
 * (this source is added last, below every other).
 */
class LoopbackWhileDemoAccounts implements EnvironmentPostProcessor, Ordered {

    static final String LOOPBACK = "127.0.0.1";

    private final Log log;

    LoopbackWhileDemoAccounts(DeferredLogFactory logs) {
        this.log = logs.getLog(LoopbackWhileDemoAccounts.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!demoAccountsOn(environment) || environment.containsProperty("server.address")) {
            return;
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("palimpsest-demo-loopback", Map.of("server.address", LOOPBACK)));
        log.info("Demo accounts are on (password = name), so Palimpsest listens on " + LOOPBACK
                + " only; set server.address to listen elsewhere, with real accounts (docs/operations.md)");
    }

    /** The same rule as {@code PalimpsestProperties.demoAccountsOn()}: always with the embedded store, else when asked. */
    static boolean demoAccountsOn(ConfigurableEnvironment environment) {
        Binder binder = Binder.get(environment);
        String uri = binder.bind("palimpsest.mongodb-uri", String.class).orElse("");
        return uri.isBlank()
                || binder.bind("palimpsest.demo-accounts", Boolean.class).orElse(false);
    }

    /** After application.yml and the command line are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
