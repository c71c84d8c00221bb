package org.palimpsest.system.axon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Palimpsest does not use AxonIQ Console, and Axon advertises it in six lines at every start unless the
 * system property {@value #PROPERTY} is true (Axon reads it from the system properties only, not from
 * Spring's environment). Set here, before Axon's configuration starts, rather than in {@code main}, so that
 * every way of starting the app (tests, a packaged jar, spring-boot:run) is covered; an explicit
 * {@code -D} value is left alone.
 */
class QuietAxonConsole implements EnvironmentPostProcessor {

    static final String PROPERTY = "disable-axoniq-console-message";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }
}
