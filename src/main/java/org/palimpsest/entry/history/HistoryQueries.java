package org.palimpsest.entry.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.system.projection.ReadModel;
import org.palimpsest.system.projection.ReadModelCatchUp;
import org.palimpsest.system.projection.RevisionsHeld;
import org.springframework.stereotype.Service;

/** What the revision-history read model answers: history pages and any past revision in full. */
@Service
public class HistoryQueries implements RevisionsHeld {

    /**
     * Every this many revisions the history holds the whole content; a past revision is the checkpoint at or before
     * it and the changes after that, at most this many documents read (fewer when a revision near it is kept).
     */
    public static final int CHECKPOINT_EVERY = HistoryRepository.CHECKPOINT_EVERY;

    private final HistoryRepository history;
    private final RevisionContents contents;

    HistoryQueries(HistoryRepository history, RevisionContents contents) {
        this.history = history;
        this.contents = contents;
    }

    /** The entry's revisions, newest first. */
    public List<RevisionSummary> page(String entryId, int page, int size) {
        return history.page(entryId, page, size);
    }

    /** The entry's revisions after {@code after}, oldest first: what a client that holds {@code after} has missed. */
    public List<RevisionSummary> since(String entryId, long after, int page, int size) {
        return history.since(entryId, after, page, size);
    }

    /** The entries whose newest revision (as this read model holds it) is by {@code author}, by id. */
    public List<String> entriesLastRevisedBy(String author) {
        return history.entriesLastRevisedBy(author);
    }

    /** Whether {@code author} made any revision of any entry. */
    public boolean hasRevisions(String author) {
        return history.hasRevisions(author);
    }

    /** How many revisions the history holds for the entry (0: none, or not yet). */
    public long count(String entryId) {
        return history.count(entryId);
    }

    /** How many revisions it holds once it holds at least {@code minRevision}, waiting at most {@code wait}. */
    public long count(String entryId, long minRevision, Duration wait) {
        return ReadModelCatchUp.poll(() -> Optional.of(history.count(entryId)), held -> held >= minRevision, wait)
                .orElse(0L);
    }

    public Optional<RevisionSummary> summary(String entryId, long revision) {
        return history.summary(entryId, revision);
    }

    /**
     * A revision's content in full: kept in memory once read ({@link RevisionContents}), else folded from the newest
     * content kept since its checkpoint, or from the checkpoint.
     */
    public Optional<EntryContent> contentAt(String entryId, long revision) {
        EntryContent kept = contents.get(entryId, revision);
        if (kept != null) {
            return Optional.of(kept);
        }
        long checkpoint = HistoryRepository.checkpointAtOrBefore(revision);
        Optional<EntryContent> content =
                history.contentAt(entryId, revision, contents.newestBetween(entryId, checkpoint, revision - 1));
        content.ifPresent(found -> contents.remember(entryId, revision, found));
        return content;
    }

    /**
     * Forgets the contents of the entry's revisions that this node keeps in memory: the next reads fold them from the
     * store. Redaction (hiding a revision's text, a later issue) will call it on every node; the benchmark calls it
     * to time reads that find nothing kept.
     */
    public void forgetKeptContents(String entryId) {
        contents.forget(entryId);
    }

    /** The entry as it stood at that instant: empty before its first revision, or for an entry it does not hold. */
    public Optional<PastEntry> asOf(String entryId, Instant instant) {
        Optional<RevisionSummary> then = history.newestAtOrBefore(entryId, instant);
        if (then.isEmpty()) {
            return Optional.empty();
        }
        long revision = then.get().revision();
        Optional<RevisionSummary> created = revision == 1 ? then : history.summary(entryId, 1);
        Optional<EntryContent> content = contentAt(entryId, revision);
        if (created.isEmpty() || content.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PastEntry(content.get(), then.get(), created.get()));
    }

    @Override
    public ReadModel readModel() {
        return HistoryReadModel.MODEL;
    }

    @Override
    public long revisionHeld(String entryId) {
        return history.count(entryId);
    }
}
