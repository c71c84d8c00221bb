package org.palimpsest.text;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Blame in few bytes, for storing: spans as varint pairs (length in chars, revision) without their text, which
 * the stored text gives back; the paragraphs and sentences seen as their 8-byte hash and varint runs.
 */
public final class BlameCodec {

    private BlameCodec() {}

    public static byte[] spans(List<BlameSpan> spans) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(spans.size() * 3 + 4);
        writeVarint(out, spans.size());
        for (BlameSpan span : spans) {
            writeVarint(out, span.text().length());
            writeVarint(out, span.revision());
        }
        return out.toByteArray();
    }

    /** The spans of {@code text} that {@link #spans(List)} wrote. */
    public static List<BlameSpan> spans(String text, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int count = (int) readVarint(in);
        List<BlameSpan> spans = new ArrayList<>(count);
        int at = 0;
        for (int i = 0; i < count; i++) {
            int length = (int) readVarint(in);
            if (at + length > text.length()) {
                throw new IllegalArgumentException("spans longer than their text");
            }
            spans.add(new BlameSpan(text.substring(at, at + length), readVarint(in)));
            at += length;
        }
        if (at != text.length()) {
            throw new IllegalArgumentException("spans shorter than their text");
        }
        return spans;
    }

    public static byte[] seen(Map<Long, long[]> seen) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(seen.size() * 14 + 4);
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

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("no negative numbers in blame: " + value);
        }
        while (value >= 0x80) {
            out.write((int) (value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
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
