package org.palimpsest.entry.article;

import java.util.List;
import org.palimpsest.system.projection.ReadModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The current-article read model: one document per entry in "articles". */
@Configuration(proxyBeanMethods = false)
class ArticleReadModel {

    static final String NAME = "articles";
    static final String COLLECTION = "articles";
    static final ReadModel MODEL = new ReadModel(NAME, List.of(COLLECTION), true);

    @Bean
    ReadModel articlesDeclared() {
        return MODEL;
    }
}
