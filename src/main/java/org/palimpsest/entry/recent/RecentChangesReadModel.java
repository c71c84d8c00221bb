package org.palimpsest.entry.recent;

import java.util.List;
import org.palimpsest.system.projection.ReadModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recent-changes read model: "recent_changes", one document per revision of any entry, numbered in the order
 * the projection read them; "recent_change_entries", each entry's title and timeline as the projection last saw
 * them; "recent_change_numbers", the last number given.
 */
@Configuration(proxyBeanMethods = false)
class RecentChangesReadModel {

    static final String NAME = "recent-changes";
    static final String CHANGES = "recent_changes";
    static final String ENTRIES = "recent_change_entries";
    static final String NUMBERS = "recent_change_numbers";

    static final ReadModel MODEL = new ReadModel(NAME, List.of(CHANGES, ENTRIES, NUMBERS), true);

    @Bean
    ReadModel recentChangesDeclared() {
        return MODEL;
    }
}
