package org.palimpsest.entry.api;

/** Where it happened: a place name and, when known, its coordinates in degrees. */
public record Location(String name, Double lat, Double lon) {}
