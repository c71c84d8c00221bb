package org.palimpsest.entry.history;

import java.util.List;

import org.palimpsest.system.projection.ReadModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The revision-history read model: "revisions", one document per revision, and "revision_tips", its own. */
@Configuration(proxyBeanMethods = false)
class HistoryReadModel {

    static final String NAME = "history";
    static final String REVISIONS = "revisions";
    static final String TIPS = "revision_tips";
    static final ReadModel MODEL = new ReadModel(NAME, List.of(REVISIONS, TIPS), true);

    @Bean
    ReadModel historyDeclared() {
        return MODEL;
    }
}
