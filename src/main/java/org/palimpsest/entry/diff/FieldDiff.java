package org.palimpsest.entry.diff;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;
import org.palimpsest.entry.api.Source;
import org.palimpsest.text.ParagraphOp;
import org.palimpsest.text.WordOp;

/** How one field differs between two revisions, as the diff endpoint answers it. */
public sealed interface FieldDiff {

    String field();

    String kind();

    /** A one-line text field (title, timeline): its word diff. */
    @JsonPropertyOrder({"field", "kind"})
    record Text(String field, List<WordOpView> ops) implements FieldDiff {
        @Override
        @JsonProperty
        public String kind() {
            return "text";
        }
    }

    /** A text of paragraphs (the body): its paragraph diff, moves included. */
    @JsonPropertyOrder({"field", "kind"})
    record Paragraphs(String field, List<ParagraphView> paragraphs) implements FieldDiff {
        @Override
        @JsonProperty
        public String kind() {
            return "text";
        }
    }

    /**
     * A value field: both values (null when absent) and a line for people; for sources also which sources were
     * added, removed and changed (null for other fields, and then not written).
     */
    @JsonPropertyOrder({"field", "kind"})
    record Value(
            String field,
            Object before,
            Object after,
            String summary,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Source> added,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Source> removed,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<SourceChange> changed)
            implements FieldDiff {
        @Override
        @JsonProperty
        public String kind() {
            return "value";
        }
    }

    /** A source whose text or URL was edited: it kept the other. */
    record SourceChange(Source before, Source after) {}

    record WordOpView(String op, String text) {
        static List<WordOpView> of(List<WordOp> ops) {
            return ops.stream()
                    .map(op -> new WordOpView(op.op().name().toLowerCase(Locale.ROOT), op.text()))
                    .toList();
        }
    }

    /** One paragraph op: {@code from} and {@code to} are 0-based paragraph indexes in the old and new text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ParagraphView(String op, Integer from, Integer to, String text, List<WordOpView> changes) {
        static List<ParagraphView> of(List<ParagraphOp> ops) {
            return ops.stream().map(ParagraphView::of).toList();
        }

        static ParagraphView of(ParagraphOp op) {
            if (op instanceof ParagraphOp.Equal equal) {
                return new ParagraphView("equal", equal.from(), equal.to(), equal.text(), null);
            } else if (op instanceof ParagraphOp.Delete delete) {
                return new ParagraphView("delete", delete.from(), null, delete.text(), null);
            } else if (op instanceof ParagraphOp.Insert insert) {
                return new ParagraphView("insert", null, insert.to(), insert.text(), null);
            } else if (op instanceof ParagraphOp.Change change) {
                return new ParagraphView("change", change.from(), change.to(), null, WordOpView.of(change.changes()));
            } else {
                ParagraphOp.Move move = (ParagraphOp.Move) op;
                return new ParagraphView("move", move.from(), move.to(), null, WordOpView.of(move.changes()));
            }
        }
    }
}
