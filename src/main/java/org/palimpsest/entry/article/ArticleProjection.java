package org.palimpsest.entry.article;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.system.projection.ProjectionCatchUp;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;

/** Keeps each entry's current article. Idempotent: an event at or below the stored revision is skipped. */
@Component
@ProcessingGroup(ArticleProjection.NAME)
class ArticleProjection {

    static final String NAME = "articles";

    private final ArticleRepository articles;
    private final ProjectionCatchUp catchUp;

    ArticleProjection(ArticleRepository articles, ProjectionCatchUp catchUp) {
        this.articles = articles;
        this.catchUp = catchUp;
    }

    @PostConstruct
    void ensureIndexes() {
        articles.ensureIndexes();
    }

    @EventHandler
    void on(EntryCreatedEvent event) {
        if (articles.find(event.entryId()).isEmpty()) {
            articles.save(new ArticleView(event.entryId(), 1, event.content(), event.at(), event.author(),
                    event.at(), event.author(), event.sourceUpdated()));
        }
        catchUp.applied(NAME, event.entryId(), 1);
    }

    @EventHandler
    void on(EntryRevisedEvent event) {
        ArticleView current = articles.find(event.entryId()).orElseThrow(() -> new IllegalStateException(
                "revision " + event.revision() + " of unknown entry " + event.entryId()));
        if (current.revision() < event.revision()) {
            articles.save(new ArticleView(current.id(), event.revision(),
                    event.changes().applyTo(current.content()), current.createdAt(), current.createdBy(),
                    event.at(), event.author(), current.sourceUpdated()));
        }
        catchUp.applied(NAME, event.entryId(), event.revision());
    }

    @ResetHandler
    void reset() {
        articles.deleteAll();
        articles.ensureIndexes();
        catchUp.forget(NAME);
    }
}
