package org.palimpsest.entry.api;

/** How much of a historical date was given: a year, a month of a year, or a day. */
public enum DatePrecision {
    YEAR,
    MONTH,
    DAY
}
