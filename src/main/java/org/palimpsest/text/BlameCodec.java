package org.palimpsest.text;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Blame in few bytes, for storing: spans as varint pairs (length in chars, revision) without their text, which
 * the stored text gives back, or as the delta from the revision before; the paragraphs and sentences seen as their
 * 8-byte hash and varint runs.
 */
public final class BlameCodec {

    private BlameCodec() {}

    public static byte[] spans(List<BlameSpan> spans) {
        return encode(runs(spans));
    }

    /** The spans of {@code text} that {@link #spans(List)} wrote. */
    public static List<BlameSpan> spans(String text, byte[] bytes) {
        return spans(text, runs(bytes));
    }

    /**
     * How the spans of one revision differ from those of the one before, in few bytes: how many runs both start
     * with, how many of the old ones follow that the new ones replace, and the new ones. Runs that both end with
     * are left out too.
     */
    public static byte[] delta(List<BlameSpan> before, List<BlameSpan> after) {
        long[] old = runs(before);
        long[] now = runs(after);
        int prefix = 0;
        while (prefix < old.length && prefix < now.length && old[prefix] == now[prefix]) {
            prefix++;
        }
        prefix -= prefix % 2;
        int suffix = 0;
        while (suffix < old.length - prefix
                && suffix < now.length - prefix
                && old[old.length - 1 - suffix] == now[now.length - 1 - suffix]) {
            suffix++;
        }
        suffix -= suffix % 2;
        Bytes out = new Bytes(16);
        writeVarint(out, prefix / 2);
        writeVarint(out, (old.length - prefix - suffix) / 2);
        writeVarint(out, (now.length - prefix - suffix) / 2);
        for (int i = prefix; i < now.length - suffix; i++) {
            writeVarint(out, now[i]);
        }
        return out.toByteArray();
    }

    /**
     * The runs (length in chars, revision: two numbers a span) that {@link #spans(List)} wrote, decoded once, so that
     * a past revision's blame carries them through many {@link #delta}s without encoding them again at each.
     */
    public static long[] runs(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        long[] runs = new long[2 * (int) readVarint(in)];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = readVarint(in);
        }
        return runs;
    }

    /** The runs after a {@link #delta}. */
    public static long[] applyDelta(long[] old, byte[] delta) {
        ByteBuffer in = ByteBuffer.wrap(delta);
        int prefix = 2 * (int) readVarint(in);
        int removed = 2 * (int) readVarint(in);
        int added = 2 * (int) readVarint(in);
        if (prefix + removed > old.length) {
            throw new IllegalArgumentException("a delta of other spans");
        }
        long[] now = new long[old.length - removed + added];
        System.arraycopy(old, 0, now, 0, prefix);
        for (int i = 0; i < added; i++) {
            now[prefix + i] = readVarint(in);
        }
        System.arraycopy(old, prefix + removed, now, prefix + added, old.length - prefix - removed);
        return now;
    }

    private static long[] runs(List<BlameSpan> spans) {
        long[] runs = new long[spans.size() * 2];
        for (int i = 0; i < spans.size(); i++) {
            runs[2 * i] = spans.get(i).text().length();
            runs[2 * i + 1] = spans.get(i).revision();
        }
        return runs;
    }

    /** The spans of {@code text} that the runs give. */
    public static List<BlameSpan> spans(String text, long[] runs) {
        List<BlameSpan> spans = new ArrayList<>(runs.length / 2);
        int at = 0;
        for (int i = 0; i < runs.length; i += 2) {
            int length = (int) runs[i];
            if (at + length > text.length()) {
                throw new IllegalArgumentException("spans longer than their text");
            }
            spans.add(new BlameSpan(text.substring(at, at + length), runs[i + 1]));
            at += length;
        }
        if (at != text.length()) {
            throw new IllegalArgumentException("spans shorter than their text");
        }
        return spans;
    }

    private static byte[] encode(long[] runs) {
        Bytes out = new Bytes(runs.length * 2 + 4);
        writeVarint(out, runs.length / 2);
        for (long value : runs) {
            writeVarint(out, value);
        }
        return out.toByteArray();
    }

    public static byte[] seen(Map<Long, long[]> seen) {
        Bytes out = new Bytes(seen.size() * 14 + 4);
        writeVarint(out, seen.size());
        seen.forEach((key, runs) -> {
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (key >>> shift) & 0xff);
            }
            writeVarint(out, runs.length);
            for (long value : runs) {
                writeVarint(out, value);
            }
        });
        return out.toByteArray();
    }

    public static Map<Long, long[]> seen(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int count = (int) readVarint(in);
        Map<Long, long[]> seen = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            long key = in.getLong();
            long[] runs = new long[(int) readVarint(in)];
            for (int r = 0; r < runs.length; r++) {
                runs[r] = readVarint(in);
            }
            seen.put(key, runs);
        }
        return seen;
    }

    private static void writeVarint(Bytes out, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("no negative numbers in blame: " + value);
        }
        while (value >= 0x80) {
            out.write((int) (value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }

    /** A growing byte array: {@code ByteArrayOutputStream} takes a lock for every byte. */
    private static final class Bytes {

        private byte[] bytes;
        private int size;

        Bytes(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        void write(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, 2 * size);
            }
            bytes[size++] = (byte) b;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    private static long readVarint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}
