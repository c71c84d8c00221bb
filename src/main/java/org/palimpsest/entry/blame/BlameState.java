package org.palimpsest.entry.blame;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.palimpsest.text.Blame;

/**
 * An entry's blame as the projection keeps it: the newest revision's, who made each revision and when (the credits
 * of every span of every revision point into these), and {@code seenFrom}, the revision from which on the stored
 * revision documents hold every paragraph and sentence seen (0: none does yet, as in a store written before they
 * were kept that way).
 */
record BlameState(long revision, Blame blame, List<String> authors, List<Instant> timestamps, long seenFrom) {

    BlameState {
        authors = List.copyOf(authors);
        timestamps = List.copyOf(timestamps);
    }

    static BlameState first(String body, String author, Instant at) {
        return new BlameState(1, Blame.first(body, 1), List.of(author), List.of(at), 0);
    }

    /** The state after {@code nextRevision}; where its seen ones are stored from is the store's to say. */
    BlameState next(long nextRevision, Blame nextBlame, String author, Instant at) {
        List<String> nextAuthors = new ArrayList<>(authors);
        nextAuthors.add(author);
        List<Instant> nextTimestamps = new ArrayList<>(timestamps);
        nextTimestamps.add(at);
        return new BlameState(nextRevision, nextBlame, nextAuthors, nextTimestamps, seenFrom);
    }
}
