package org.palimpsest.store;

import de.bwaldvogel.mongo.bson.Document;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What must have happened to a command's writes before its reply may leave the server. */
interface WriteAcknowledgement {

    /** Replies as soon as the command ran, leaving the store to commit in the background. */
    WriteAcknowledgement IMMEDIATE = (command, body, execution) -> execution.get();

    Document acknowledge(String command, Document body, Supplier<Document> execution);

    /**
     * Called once, when the store is open and before it serves anyone: runs again what was acknowledged but not
     * committed, then starts any background work.
     */
    default void recover(Consumer<Document> run) {}

    /** Commits what is pending and stops any background work, before the store closes. */
    default void close() {}
}
