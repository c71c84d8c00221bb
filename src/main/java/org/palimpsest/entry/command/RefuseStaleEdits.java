package org.palimpsest.entry.command;

import org.palimpsest.entry.api.EntryEdit;
import org.palimpsest.entry.api.RevisionConflictException;
import org.springframework.stereotype.Component;

/** Until edits can be merged, an edit on an old revision is refused with the revision to rebase on. */
@Component
class RefuseStaleEdits implements StaleEditPolicy {

    @Override
    public EntryEdit rebase(String entryId, long baseRevision, long currentRevision, EntryEdit edit) {
        throw new RevisionConflictException(entryId, baseRevision, currentRevision);
    }
}
