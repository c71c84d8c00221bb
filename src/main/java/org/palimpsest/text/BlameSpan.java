package org.palimpsest.text;

/** A run of a text that one revision wrote: the blame of a text is its spans in order, joining to it exactly. */
public record BlameSpan(String text, long revision) {}
