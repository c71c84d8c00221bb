package org.palimpsest.entry.api;

/** How a revision came about. Later kinds (revert, restore) join here. */
public enum RevisionKind {
    CREATE,
    IMPORT,
    EDIT,
    /** a stale edit merged with the revisions since its base */
    MERGE,
    /** an earlier revision taken back, merged with the revisions since it */
    UNDO
}
