package org.palimpsest.system.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.AppPerClass;

/**
 * Axon's handler timeouts stay off: they take the thread's stack trace at the start of every command, batch and
 * event handler call, a measured cost without a use here (application.yml, docs/benchmark.md).
 */
class AxonTimeoutsOffTest extends AppPerClass {

    @Test
    void noHandlerIsWrappedInATimeout() {
        assertThat(app.beans(HandlerTimeoutHandlerEnhancerDefinition.class)).isEmpty();
    }
}
