package org.palimpsest.entry.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.palimpsest.system.web.BadRequestException;

/** The {@code asOf} parameter of a read as it stood then: an ISO-8601 instant. */
final class AsOf {

    static final String DESCRIPTION = "an ISO-8601 instant (2026-12-01T16:00:00Z, or with an offset, +01:00 "
            + "written %2B01:00): the answer as it stood then; 400 if it is not an instant";

    private AsOf() {}

    static Instant parse(String asOf) {
        try {
            return Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(
                    "asOf: '" + asOf + "' is not an ISO-8601 instant (e.g. 2026-12-01T16:00:00Z)");
        }
    }
}
