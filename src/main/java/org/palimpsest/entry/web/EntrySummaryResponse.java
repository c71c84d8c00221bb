package org.palimpsest.entry.web;

import org.palimpsest.entry.article.ArticleView;

/** One line of the entry list. */
record EntrySummaryResponse(String id, long revision, String title, String timeline, String date) {

    static EntrySummaryResponse of(ArticleView view) {
        return new EntrySummaryResponse(
                view.id(),
                view.revision(),
                view.content().title(),
                view.content().timeline(),
                view.content().date().display());
    }
}
