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

    static final ReadModel MODEL = new ReadModel(NAME, List.of(ENTRIES, REVISIONS), true);

    @Bean
    ReadModel blameDeclared() {
        return MODEL;
    }
}
