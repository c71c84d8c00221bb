package org.palimpsest.system.projection;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a projection: its reset handlers empty it, then its processor reads the event store from the start.
 * <p>
 * Axon's reset stores a {@link ReplayToken}, which tells replayed events from new ones by comparing the
 * position of each event with the position at the reset. axon-mongo's timestamp tokens cannot answer that:
 * every replayed event counts as new, and the token at the reset absorbs the id of each one, so that every
 * further event copies a map of all events replayed so far (measured: 85 % of a rebuild's processor time,
 * ~500 events/s). No projection here treats a replay differently from live events, so the rebuild stores the
 * replay token's start position as a plain token instead; the reset handlers still run first.
 */
@Component
class ProjectionRebuild {

    private final TokenStore tokens;

    ProjectionRebuild(TokenStore tokens) {
        this.tokens = tokens;
    }

    void rebuild(TrackingEventProcessor processor) {
        processor.shutDown();
        processor.resetTokens();
        String name = processor.getName();
        for (int segment : tokens.fetchSegments(name)) {
            // fetching claims the segment for this node; the processor is down, so nobody else holds it
            TrackingToken token = tokens.fetchToken(name, segment);
            if (token instanceof ReplayToken replay) {
                tokens.storeToken(replay.getCurrentToken(), name, segment);
            }
            tokens.releaseClaim(name, segment);
        }
        processor.start();
    }
}
