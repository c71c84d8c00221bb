package org.palimpsest.entry.api;

/** A citation: its text and, when there is one, a URL. */
public record Source(String text, String url) {}
