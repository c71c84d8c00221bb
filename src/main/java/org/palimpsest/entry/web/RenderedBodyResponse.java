package org.palimpsest.entry.web;

/** An entry's body rendered from Markdown, at the revision it was rendered from. */
record RenderedBodyResponse(String id, long revision, String html) {}
