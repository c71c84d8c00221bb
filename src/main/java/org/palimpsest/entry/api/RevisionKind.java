package org.palimpsest.entry.api;

/** How a revision came about. */
public enum RevisionKind {
    CREATE,
    IMPORT,
    EDIT,
    /** a stale edit merged with the revisions since its base */
    MERGE,
    /** an earlier revision taken back, merged with the revisions since it */
    UNDO,
    /** the content of an earlier revision brought back whole */
    RESTORE,
    /** the newest revisions by one author taken back to the newest revision by someone else */
    ROLLBACK
}
