package org.palimpsest.entry.history;

import java.util.List;
import org.palimpsest.system.projection.ReadModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The revision-history read model: "revisions", one document per revision. */
@Configuration(proxyBeanMethods = false)
class HistoryReadModel {

    static final String NAME = "history";
    static final String REVISIONS = "revisions";
    /** Where the projection once kept each entry's latest content; dropped at start. */
    static final String RETIRED_TIPS = "revision_tips";

    static final ReadModel MODEL = new ReadModel(NAME, List.of(REVISIONS), true);

    @Bean
    ReadModel historyDeclared() {
        return MODEL;
    }
}
