package org.palimpsest.entry.web;

import java.util.List;
import org.palimpsest.entry.diff.FieldHtml;

/** The diff of {@link EntryDiffResponse} with each field as HTML fragments ({@code format=html}). */
record EntryDiffHtmlResponse(String entryId, long from, long to, List<FieldHtml> fields) {}
