package org.palimpsest.entry.blame;

import java.util.List;
import org.palimpsest.system.projection.ReadModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The blame read model: "blame_entries", one document per entry with what the next revision needs to be credited
 * (and the newest blame), and "blame_revisions", one small document per revision for the blame of past ones.
 */
@Configuration(proxyBeanMethods = false)
class BlameReadModel {

    static final String NAME = "blame";
    static final String ENTRIES = "blame_entries";
    static final String REVISIONS = "blame_revisions";

    /**
     * On a processor of its own: crediting a revision's words is the costliest projection, and the other read
     * models' lag no longer waits for it (what it cost on the shared processor: docs/benchmark.md, 2026-12-07
     * afternoon).
     */
    static final ReadModel MODEL = new ReadModel(NAME, List.of(ENTRIES, REVISIONS), true, true);

    @Bean
    ReadModel blameDeclared() {
        return MODEL;
    }
}
