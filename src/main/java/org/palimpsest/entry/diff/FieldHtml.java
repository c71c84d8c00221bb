package org.palimpsest.entry.diff;

/**
 * How one field differs, as HTML fragments with every text escaped: {@code inline} one text with {@code <ins>} and
 * {@code <del>}, {@code sideBySide} a table, the old text left and the new right.
 */
public record FieldHtml(String field, String kind, String inline, String sideBySide) {}
