package org.palimpsest.entry.web;

import java.time.Duration;
import org.palimpsest.entry.command.EntryWriter;
import org.palimpsest.system.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * {@code minRevision=n} on a read: the answer must show revision n or later. The revision must exist in the event
 * store (else 400, at once); the read then waits at most {@link #WAIT} for its read model (else 503).
 */
@Component
class MinRevision {

    static final Duration WAIT = Duration.ofSeconds(5);
    static final long RETRY_AFTER_SECONDS = 1;

    private final EntryWriter entries;

    MinRevision(EntryWriter entries) {
        this.entries = entries;
    }

    /**
     * The entry's revision in the event store, for a catch-up ({@code since=n}) that must hold every revision
     * stored before it was asked, whatever its read model has seen: 0 when there is no such entry.
     */
    long current(String entryId) {
        return entries.currentRevision(entryId).orElse(0L);
    }

    /** @throws EntryNotFoundException when no such entry exists, {@link BadRequestException} for a bad n */
    void check(String entryId, long minRevision) {
        if (minRevision < 1) {
            throw new BadRequestException("minRevision: " + minRevision + " is not a revision (revisions start at 1)");
        }
        long current = entries.currentRevision(entryId).orElseThrow(() -> new EntryNotFoundException(entryId));
        if (minRevision > current) {
            throw new BadRequestException("minRevision: entry '" + entryId + "' has " + current
                    + (current == 1 ? " revision" : " revisions") + ", not " + minRevision);
        }
    }
}
