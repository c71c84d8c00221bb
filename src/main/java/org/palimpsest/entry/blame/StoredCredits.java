package org.palimpsest.entry.blame;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who made each revision and when, as stored: the distinct authors once, and per revision the index of its author
 * and its time in 16 bytes. A thousand revisions as BSON strings cost the store and every blame request two thousand
 * values to decode; this is two fields.
 */
record StoredCredits(List<String> authors, byte[] credits) {

    private static final int BYTES_PER_REVISION = 16;

    static StoredCredits of(List<String> authorOfEach, List<Instant> timeOfEach) {
        Map<String, Integer> index = new LinkedHashMap<>();
        ByteBuffer credits = ByteBuffer.allocate(authorOfEach.size() * BYTES_PER_REVISION);
        for (int revision = 0; revision < authorOfEach.size(); revision++) {
            credits.putInt(index.computeIfAbsent(authorOfEach.get(revision), author -> index.size()));
            credits.putLong(timeOfEach.get(revision).getEpochSecond());
            credits.putInt(timeOfEach.get(revision).getNano());
        }
        return new StoredCredits(List.copyOf(index.keySet()), credits.array());
    }

    List<String> authorOfEach() {
        List<String> each = new ArrayList<>(credits.length / BYTES_PER_REVISION);
        ByteBuffer in = ByteBuffer.wrap(credits);
        while (in.hasRemaining()) {
            each.add(authors.get(in.getInt()));
            in.position(in.position() + BYTES_PER_REVISION - Integer.BYTES);
        }
        return each;
    }

    List<Instant> timeOfEach() {
        List<Instant> each = new ArrayList<>(credits.length / BYTES_PER_REVISION);
        ByteBuffer in = ByteBuffer.wrap(credits);
        while (in.hasRemaining()) {
            in.getInt();
            each.add(Instant.ofEpochSecond(in.getLong(), in.getInt()));
        }
        return each;
    }
}
