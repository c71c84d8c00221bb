package org.palimpsest.entry.blame;

import java.util.List;

/** The body of one revision of an entry as spans that join to it exactly, each credited to who first wrote it. */
public record EntryBlame(String id, long revision, List<CreditedSpan> spans) {}
