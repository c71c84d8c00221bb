package org.palimpsest.entry.blame;

import java.time.Instant;

/** A run of an entry's body that one revision wrote, with who made that revision and when. */
public record CreditedSpan(String text, long revision, String author, Instant timestamp) {}
