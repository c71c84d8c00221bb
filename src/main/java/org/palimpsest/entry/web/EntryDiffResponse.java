package org.palimpsest.entry.web;

import java.util.List;
import org.palimpsest.entry.diff.FieldDiff;

/** How revision {@code to} of an entry differs from revision {@code from}: only the fields that differ. */
record EntryDiffResponse(String entryId, long from, long to, List<FieldDiff> fields) {}
