package org.palimpsest.system.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The mapper events, snapshots and read-model documents are stored with. Public so that tests of what is
 * stored use this one rather than a copy that could drift from it.
 */
public final class AxonObjectMapper {

    private AxonObjectMapper() {}

    /** Instants as ISO strings; unknown fields ignored, so stored records stay readable as they evolve. */
    public static JsonMapper create() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new TextModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
