package org.palimpsest.text;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random edit sequences for property tests: a body of paragraphs, then the body after each of a few random edits
 * (a word replaced, inserted or deleted, a paragraph inserted, deleted or moved), as the texts an editor would save.
 * Consecutive versions always differ.
 */
public final class EditSequences {

    private static final List<String> WORDS = List.of(
            "the",
            "army",
            "Seoul",
            "fell",
            "in",
            "1950",
            "river",
            "crossed,",
            "north.",
            "held",
            "line",
            "of",
            "朝鮮",
            "戦争",
            "😀",
            "naïve",
            "(again)",
            "𝔸");

    private EditSequences() {}

    /** At least two versions of a body, each a different text. */
    public static Arbitrary<List<String>> versions() {
        return Combinators.combine(paragraphs(), edit().list().ofMinSize(1).ofMaxSize(10))
                .as(EditSequences::apply)
                .filter(versions -> versions.size() >= 2);
    }

    private static Arbitrary<List<String>> words(int min, int max) {
        return Arbitraries.of(WORDS).list().ofMinSize(min).ofMaxSize(max);
    }

    private static Arbitrary<List<List<String>>> paragraphs() {
        return words(1, 12).list().ofMinSize(1).ofMaxSize(6);
    }

    private static Arbitrary<Edit> edit() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(Arbitraries.of(Edit.Kind.values()), index, index, index, words(1, 6))
                .as(Edit::new);
    }

    private static List<String> apply(List<List<String>> start, List<Edit> edits) {
        List<List<String>> body = new ArrayList<>();
        start.forEach(paragraph -> body.add(new ArrayList<>(paragraph)));
        List<String> versions = new ArrayList<>();
        versions.add(render(body));
        for (Edit edit : edits) {
            edit.applyTo(body);
            String text = render(body);
            if (!text.equals(versions.get(versions.size() - 1))) {
                versions.add(text);
            }
        }
        return versions;
    }

    private static String render(List<List<String>> body) {
        List<String> paragraphs = new ArrayList<>();
        for (List<String> paragraph : body) {
            if (!paragraph.isEmpty()) {
                paragraphs.add(String.join(" ", paragraph));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private record Edit(Kind kind, int a, int b, int c, List<String> words) {

        enum Kind {
            REPLACE_WORD,
            INSERT_WORDS,
            DELETE_WORD,
            INSERT_PARAGRAPH,
            DELETE_PARAGRAPH,
            MOVE_PARAGRAPH
        }

        void applyTo(List<List<String>> body) {
            if (body.isEmpty()) {
                body.add(new ArrayList<>(words));
                return;
            }
            List<String> paragraph = body.get(a % body.size());
            switch (kind) {
                case REPLACE_WORD -> {
                    if (!paragraph.isEmpty()) {
                        paragraph.set(b % paragraph.size(), words.get(0));
                    }
                }
                case INSERT_WORDS -> paragraph.addAll(b % (paragraph.size() + 1), words);
                case DELETE_WORD -> {
                    if (!paragraph.isEmpty()) {
                        paragraph.remove(b % paragraph.size());
                    }
                }
                case INSERT_PARAGRAPH -> body.add(b % (body.size() + 1), new ArrayList<>(words));
                case DELETE_PARAGRAPH -> body.remove(a % body.size());
                case MOVE_PARAGRAPH -> {
                    List<String> moved = body.remove(a % body.size());
                    body.add(c % (body.size() + 1), moved);
                }
            }
            body.removeIf(List::isEmpty);
        }
    }
}
