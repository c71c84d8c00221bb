package org.palimpsest.entry.command;

import org.palimpsest.entry.api.EntryChanges;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.entry.api.RevisionKind;

/** Revised events for the given of a fixture: an edit by someone from one content to another. */
final class RevisionsBy {

    private RevisionsBy() {}

    static EntryRevisedEvent edit(long revision, String author, EntryContent before, EntryContent after) {
        return new EntryRevisedEvent(
                EntryTest.ID,
                revision,
                revision - 1,
                RevisionKind.EDIT,
                author,
                EntryTest.EDITED_AT,
                "earlier",
                false,
                EntryChanges.between(before, after),
                after.sizeInBytes(),
                after.sizeInBytes() - before.sizeInBytes());
    }
}
