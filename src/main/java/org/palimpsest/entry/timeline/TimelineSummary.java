package org.palimpsest.entry.timeline;

/** A timeline with how many entries it has and the dates it spans (the earliest start, the latest end). */
public record TimelineSummary(String name, long entries, String from, String to) {}
