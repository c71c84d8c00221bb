package org.palimpsest.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * A long body of numbered words ({@code word00042}), 80 to a paragraph, edited one word at a time: a one-word
 * edit is what an editor fixing a typo sends, and what the store should pay little for whatever the body's length.
 */
final class WordBody {

    private static final int WORDS_PER_PARAGRAPH = 80;

    private final List<String> words = new ArrayList<>();

    /** About {@code bytes} long: ten bytes a word with its separator. */
    WordBody(int bytes) {
        for (int length = 0; length < bytes; length += 10) {
            words.add(String.format("word%05d", words.size()));
        }
    }

    int size() {
        return words.size();
    }

    void set(int index, String word) {
        words.set(index, word);
    }

    /**
     * The {@code edit}th of a series of one-word edits, spread over the whole body (a stride prime to any body
     * length used here), each word replaced by one of the same length or one byte longer.
     */
    void edit(int edit) {
        set((int) ((edit * 7_919L) % words.size()), "edited" + edit);
    }

    String text() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            body.append(i == 0 ? "" : i % WORDS_PER_PARAGRAPH == 0 ? "\n\n" : " ")
                    .append(words.get(i));
        }
        return body.toString();
    }
}
