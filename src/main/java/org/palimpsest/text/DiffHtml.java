package org.palimpsest.text;

import java.util.List;

/**
 * Word and paragraph diffs as HTML fragments, inline (one text, {@code <ins>} and {@code <del>} in it) and side by
 * side (a table, the old text left, the new right). Every text is escaped here, so no diffed text can bring markup
 * of its own; the fragments carry classes ({@code diff-…}) and no style.
 */
public final class DiffHtml {

    private DiffHtml() {}

    public static String wordsInline(List<WordOp> ops) {
        return "<div class=\"diff-inline\">" + inline(ops) + "</div>";
    }

    public static String wordsSideBySide(List<WordOp> ops) {
        return "<table class=\"diff\">" + row("diff-changed", oldSide(ops), newSide(ops)) + "</table>";
    }

    public static String paragraphsInline(List<ParagraphOp> ops) {
        StringBuilder html = new StringBuilder("<div class=\"diff-inline\">");
        for (ParagraphOp op : ops) {
            if (op instanceof ParagraphOp.Equal equal) {
                html.append("<p>").append(escape(equal.text())).append("</p>");
            } else if (op instanceof ParagraphOp.Delete delete) {
                html.append("<p class=\"diff-deleted\"><del>")
                        .append(escape(delete.text()))
                        .append("</del></p>");
            } else if (op instanceof ParagraphOp.Insert insert) {
                html.append("<p class=\"diff-inserted\"><ins>")
                        .append(escape(insert.text()))
                        .append("</ins></p>");
            } else if (op instanceof ParagraphOp.Change change) {
                html.append("<p class=\"diff-changed\">")
                        .append(inline(change.changes()))
                        .append("</p>");
            } else {
                ParagraphOp.Move move = (ParagraphOp.Move) op;
                html.append(moved("p", move))
                        .append(move.changes().isEmpty() ? escape(move.text()) : inline(move.changes()))
                        .append("</p>");
            }
        }
        return html.append("</div>").toString();
    }

    public static String paragraphsSideBySide(List<ParagraphOp> ops) {
        StringBuilder html = new StringBuilder("<table class=\"diff\">");
        for (ParagraphOp op : ops) {
            if (op instanceof ParagraphOp.Equal equal) {
                String text = escape(equal.text());
                html.append(row("diff-equal", text, text));
            } else if (op instanceof ParagraphOp.Delete delete) {
                html.append(row("diff-deleted", "<del>" + escape(delete.text()) + "</del>", ""));
            } else if (op instanceof ParagraphOp.Insert insert) {
                html.append(row("diff-inserted", "", "<ins>" + escape(insert.text()) + "</ins>"));
            } else if (op instanceof ParagraphOp.Change change) {
                html.append(row("diff-changed", oldSide(change.changes()), newSide(change.changes())));
            } else {
                ParagraphOp.Move move = (ParagraphOp.Move) op;
                String text = escape(move.text());
                html.append(moved("tr", move))
                        .append("<td>")
                        .append(move.changes().isEmpty() ? text : oldSide(move.changes()))
                        .append("</td><td>")
                        .append(move.changes().isEmpty() ? text : newSide(move.changes()))
                        .append("</td></tr>");
            }
        }
        return html.append("</table>").toString();
    }

    /** A line of text (a value's summary, say) as a fragment like the others. */
    public static String line(String text) {
        return "<div class=\"diff-inline\"><p>" + escape(text) + "</p></div>";
    }

    /** The text with {@code & < > " '} as character references: safe in element content and quoted attributes. */
    public static String escape(String text) {
        int first = 0;
        while (first < text.length() && !special(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean special(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
    }

    private static String moved(String element, ParagraphOp.Move move) {
        return "<" + element + " class=\"diff-moved\" data-from=\"" + move.from() + "\" data-to=\"" + move.to() + "\">";
    }

    private static String row(String kind, String old, String now) {
        return "<tr class=\"" + kind + "\"><td>" + old + "</td><td>" + now + "</td></tr>";
    }

    private static String inline(List<WordOp> ops) {
        StringBuilder html = new StringBuilder();
        for (WordOp op : ops) {
            html.append(wrapped(op));
        }
        return html.toString();
    }

    private static String oldSide(List<WordOp> ops) {
        StringBuilder html = new StringBuilder();
        for (WordOp op : ops) {
            if (op.op() != WordOp.Kind.INSERT) {
                html.append(wrapped(op));
            }
        }
        return html.toString();
    }

    private static String newSide(List<WordOp> ops) {
        StringBuilder html = new StringBuilder();
        for (WordOp op : ops) {
            if (op.op() != WordOp.Kind.DELETE) {
                html.append(wrapped(op));
            }
        }
        return html.toString();
    }

    private static String wrapped(WordOp op) {
        String text = escape(op.text());
        return switch (op.op()) {
            case EQUAL -> text;
            case INSERT -> "<ins>" + text + "</ins>";
            case DELETE -> "<del>" + text + "</del>";
        };
    }
}
