package org.palimpsest.system.projection;

import java.time.Duration;
import java.util.Optional;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a projection: its reset handlers empty it, then its processor reads the event store from the start.
 * <p>
 * Axon's reset stores a {@link ReplayToken}, which tells replayed events from new ones by comparing the
 * position of each event with the position at the reset. axon-mongo's timestamp tokens cannot answer that:
 * every replayed event counts as new, and the token at the reset absorbs the id of each one, so that every
 * further event copies a map of all events replayed so far, which comes to dominate a rebuild's time
 * (docs/operations.md). No projection here treats a replay differently from live events, so the rebuild lets Axon
 * run the reset handlers and then deletes the processor's segments: on start the processor makes them anew with
 * its initial token, a plain one from the first event ({@link ProjectionConfiguration}), as it would on a store
 * it had never read. (The token store would not take that start, {@code null}, in place of a replay token.)
 */
@Component
class ProjectionRebuild {

    private static final Duration CLAIM_WAIT = Duration.ofSeconds(10);

    private final TokenStore tokens;

    ProjectionRebuild(TokenStore tokens) {
        this.tokens = tokens;
    }

    /** One rebuild at a time: a second one must not reset the processor while the first restarts it. */
    synchronized void rebuild(TrackingEventProcessor processor) {
        processor.shutDown();
        try {
            String name = processor.getName();
            for (int segment : tokens.fetchSegments(name)) {
                // fetching claims the segment for this node, as deleting needs; the processor is down
                tokens.fetchToken(name, segment);
                tokens.deleteToken(name, segment);
            }
            // with no segment left, the reset runs the reset handlers and stores no replay token; deleting first
            // also lets a rebuild follow one whose processor has not stored a token yet (a null token cannot be
            // reset)
            processor.resetTokens();
        } finally {
            processor.start();
            awaitClaimed(processor);
        }
    }

    /**
     * The processor claims its new segment in the background; a rebuild right after this one must not shut it down
     * before then, or the processor stays without a segment.
     */
    private static void awaitClaimed(TrackingEventProcessor processor) {
        ReadModelCatchUp.poll(() -> Optional.of(processor.processingStatus().isEmpty()), empty -> !empty, CLAIM_WAIT);
    }

    /**
     * Every segment of the processor is claimed here, none is failing, and each has read to the end of the event
     * store since the processor last started (a status starts afresh at each start).
     */
    boolean caughtUp(TrackingEventProcessor processor) {
        var statuses = processor.processingStatus().values();
        return statuses.size() == tokens.fetchSegments(processor.getName()).length
                && statuses.stream().allMatch(status -> status.isCaughtUp() && !status.isErrorState());
    }
}
