package org.palimpsest.entry.web;

/** A read asked for a revision that the event store holds and its read model does not hold yet. */
class ReadModelBehindException extends RuntimeException {

    ReadModelBehindException(String readModel, String entryId, long minRevision) {
        super("the " + readModel + " read model does not hold revision " + minRevision + " of entry '" + entryId
                + "' yet; try again in a moment");
    }
}
