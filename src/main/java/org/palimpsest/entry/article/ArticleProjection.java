package org.palimpsest.entry.article;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.springframework.stereotype.Component;

/** Keeps each entry's current article. Idempotent: an event at or below the stored revision is skipped. */
@Component
@ProcessingGroup(ArticleReadModel.NAME)
class ArticleProjection {

    private final ArticleRepository articles;

    ArticleProjection(ArticleRepository articles) {
        this.articles = articles;
    }

    @EventHandler
    void on(EntryCreatedEvent event) {
        if (articles.find(event.entryId()).isEmpty()) {
            articles.save(new ArticleView(
                    event.entryId(),
                    1,
                    event.content(),
                    event.at(),
                    event.author(),
                    event.at(),
                    event.author(),
                    event.sourceUpdated()));
        }
    }

    @EventHandler
    void on(EntryRevisedEvent event) {
        ArticleView current = articles.find(event.entryId())
                .orElseThrow(() -> new IllegalStateException(
                        "revision " + event.revision() + " of unknown entry " + event.entryId()));
        if (current.revision() < event.revision()) {
            articles.save(new ArticleView(
                    current.id(),
                    event.revision(),
                    event.changes().applyTo(current.content()),
                    current.createdAt(),
                    current.createdBy(),
                    event.at(),
                    event.author(),
                    current.sourceUpdated()));
        }
    }

    @ResetHandler
    void reset() {
        articles.deleteAll();
    }
}
