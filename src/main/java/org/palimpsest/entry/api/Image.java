package org.palimpsest.entry.api;

/** The entry's illustration: where it is, what it shows and whom it is credited to. Every part optional. */
public record Image(String url, String caption, String attribution) {}
