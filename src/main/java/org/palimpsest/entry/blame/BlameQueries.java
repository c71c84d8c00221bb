package org.palimpsest.entry.blame;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.palimpsest.system.projection.ReadModel;
import org.palimpsest.system.projection.ReadModelCatchUp;
import org.palimpsest.system.projection.RevisionsHeld;
import org.palimpsest.text.BlameSpan;
import org.springframework.stereotype.Service;

/** What the blame read model answers: who wrote each part of an entry's body, at its newest or a past revision. */
@Service
public class BlameQueries implements RevisionsHeld {

    /**
     * Every this many revisions the blame holds a whole body and its spans; a past revision's blame is the checkpoint
     * at or before it carried forward, at most this many documents read.
     */
    public static final int CHECKPOINT_EVERY = BlameRepository.CHECKPOINT_EVERY;

    private final BlameRepository blame;

    BlameQueries(BlameRepository blame) {
        this.blame = blame;
    }

    /** The newest revision's blame; empty when it holds none of the entry. */
    public Optional<EntryBlame> current(String entryId) {
        return blame.current(entryId)
                .map(state -> credited(entryId, state.revision(), state.blame().spans(), state));
    }

    /**
     * A revision's blame; empty when it holds none of the entry or not that revision (none beyond the newest it
     * holds).
     */
    public Optional<EntryBlame> at(String entryId, long revision) {
        Optional<BlameState> current = blame.current(entryId);
        if (current.isEmpty() || revision > current.get().revision()) {
            return Optional.empty();
        }
        if (revision == current.get().revision()) {
            return current.map(
                    state -> credited(entryId, revision, state.blame().spans(), state));
        }
        return blame.spansAt(entryId, revision).map(spans -> credited(entryId, revision, spans, current.get()));
    }

    /** The newest revision it holds once that is at least {@code minRevision}, waiting at most {@code wait}. */
    public long held(String entryId, long minRevision, Duration wait) {
        return ReadModelCatchUp.poll(() -> Optional.of(blame.revision(entryId)), held -> held >= minRevision, wait)
                .orElse(0L);
    }

    @Override
    public ReadModel readModel() {
        return BlameReadModel.MODEL;
    }

    @Override
    public long revisionHeld(String entryId) {
        return blame.revision(entryId);
    }

    private static EntryBlame credited(String entryId, long revision, List<BlameSpan> spans, BlameState credits) {
        return new EntryBlame(
                entryId,
                revision,
                spans.stream()
                        .map(span -> new CreditedSpan(
                                span.text(),
                                span.revision(),
                                credits.authors().get((int) span.revision() - 1),
                                credits.timestamps().get((int) span.revision() - 1)))
                        .toList());
    }
}
