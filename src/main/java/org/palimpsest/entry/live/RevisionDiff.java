package org.palimpsest.entry.live;

import java.util.List;
import org.palimpsest.entry.diff.FieldDiff;

/** The diff of a pushed revision, in the shape the diff endpoint answers. */
public record RevisionDiff(String entryId, long from, long to, List<FieldDiff> fields) {}
