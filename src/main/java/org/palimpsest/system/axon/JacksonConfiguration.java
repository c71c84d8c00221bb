package org.palimpsest.system.axon;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Two mappers with different duties: the web one refuses unknown fields (a typo in a request must not be
 * silently dropped) and duplicate keys at any depth (with "last one wins" a request would not mean what it
 * shows), Axon's ignores unknown fields (stored events must stay readable as their records evolve).
 */
@Configuration(proxyBeanMethods = false)
class JacksonConfiguration {

    /** Spring Boot adds every {@link Module} bean to the web mapper; Axon's adds it itself. */
    @Bean
    Module textModule() {
        return new TextModule();
    }

    @Bean
    @Primary
    ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.featuresToEnable(
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    @Bean
    ObjectMapper defaultAxonObjectMapper() {
        return AxonObjectMapper.create();
    }
}
