package org.palimpsest.entry.api;

/** How a revision came about. Later kinds (revert, merge, restore) join here. */
public enum RevisionKind {
    CREATE,
    IMPORT,
    EDIT
}
