package org.palimpsest.entry.article;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.palimpsest.system.projection.ReadModel;
import org.palimpsest.system.projection.ReadModelCatchUp;
import org.palimpsest.system.projection.RevisionsHeld;
import org.springframework.stereotype.Service;

/** What the current-article read model answers: the only way in for the web layer and the importer. */
@Service
public class ArticleQueries implements RevisionsHeld {

    private final ArticleRepository articles;

    ArticleQueries(ArticleRepository articles) {
        this.articles = articles;
    }

    public Optional<ArticleView> find(String id) {
        return articles.find(id);
    }

    /** The article once it holds at least {@code minRevision}, waiting at most {@code wait}; else as it stands. */
    public Optional<ArticleView> find(String id, long minRevision, Duration wait) {
        return ReadModelCatchUp.poll(() -> articles.find(id), view -> view.revision() >= minRevision, wait);
    }

    public List<ArticleView> page(int page, int size) {
        return articles.page(page, size);
    }

    public long count() {
        return articles.count();
    }

    @Override
    public ReadModel readModel() {
        return ArticleReadModel.MODEL;
    }

    @Override
    public long revisionHeld(String entryId) {
        return articles.revision(entryId);
    }
}
