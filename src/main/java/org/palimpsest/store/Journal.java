package org.palimpsest.store;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The write commands of a store since its last commit, in the order they ran, each appended before its reply
 * leaves: files of records {@code [length][number][crc32c][command as BSON]}. A record is handed to the OS by one
 * {@code write}, as a commit's pages are, so it survives a killed process (not a power loss, which the store does
 * not promise to survive either).
 * <p>
 * The records go to segments beside each other ({@code store.journal.1}, {@code store.journal.2}, …). When a commit
 * takes its snapshot it {@link #seal}s the segment being appended to, and appends go on into a new one while the
 * commit writes its pages; once they are written, the sealed segments, whose every record the commit holds, are
 * {@link #dropSealed dropped}. When the store opens, the commands of every segment after the number its last commit
 * holds are run again, and appends go to a new segment. (A journal of one file, {@code store.journal}, written before
 * 2026-12-07, is read as the first segment.)
 * <p>
 * A record cut short or garbled (a process killed in the middle of its write) ends its segment. Not thread-safe: the
 * caller appends, seals and drops under a lock of its own.
 */
final class Journal implements AutoCloseable {

    private static final int HEADER_BYTES = Integer.BYTES + Long.BYTES + Integer.BYTES;

    /** A record of one command. */
    record Entry(long number, Document command) {}

    private final Path base;
    private final List<Entry> found;
    /** Segments no longer appended to, oldest first: dropped once a commit holds their records. */
    private final Deque<Path> sealed;

    private long sequence;
    private Path segment;
    private FileChannel channel;
    private long lastNumber;
    /** Records appended to the current segment. */
    private long records;

    private Journal(Path base, List<Entry> found, Deque<Path> sealed, long sequence) {
        this.base = base;
        this.found = found;
        this.sealed = sealed;
        this.sequence = sequence;
        this.lastNumber = found.isEmpty() ? 0 : found.get(found.size() - 1).number();
    }

    /** Opens the journal whose segments are named after {@code base}; appends go to a new segment. */
    static Journal open(Path base) {
        try {
            List<Path> segments = segments(base);
            List<Entry> found = new ArrayList<>();
            for (Path segment : segments) {
                readWhole(segment, found);
            }
            long last = segments.isEmpty() ? 0 : sequenceOf(base, segments.get(segments.size() - 1));
            Journal journal = new Journal(base, found, new ArrayDeque<>(segments), last);
            journal.startSegment();
            return journal;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the journal " + base, e);
        }
    }

    /** The journal's segment files, oldest first. */
    static List<Path> segments(Path base) throws IOException {
        Path directory = base.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> sequenceOf(base, file) >= 0)
                    .sorted(Comparator.comparingLong(file -> sequenceOf(base, file)))
                    .toList();
        }
    }

    /** 0 for the one-file journal of old, n for segment n, -1 for a file that is neither. */
    private static long sequenceOf(Path base, Path file) {
        String name = file.getFileName().toString();
        String prefix = base.getFileName().toString();
        if (name.equals(prefix)) {
            return 0;
        }
        if (!name.startsWith(prefix + ".")) {
            return -1;
        }
        String suffix = name.substring(prefix.length() + 1);
        if (suffix.isEmpty() || suffix.length() > 18 || !suffix.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(suffix);
    }

    private void startSegment() throws IOException {
        Path next = base.resolveSibling(base.getFileName() + "." + (sequence + 1));
        FileChannel opened = FileChannel.open(
                next, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        FileChannel previous = channel;
        sequence++;
        segment = next;
        channel = opened;
        records = 0;
        if (previous != null) {
            previous.close();
        }
    }

    /** The commands the journal held when it opened, numbered above {@code applied}, in their order. */
    List<Entry> after(long applied) {
        return found.stream().filter(entry -> entry.number() > applied).toList();
    }

    /**
     * Numbers from here on follow {@code applied} (the number a commit holds) as well as the records found, so that
     * a number is never given twice, also after the segments holding it were dropped.
     */
    void continueAfter(long applied) {
        lastNumber = Math.max(lastNumber, applied);
    }

    /**
     * Appends a command; returns its number. A write that fails part way (a full disk) is cut off again, so that the
     * records appended after it are not hidden behind a torn one.
     */
    long append(Document command) {
        ByteBuf bson = Unpooled.buffer(512);
        long start = -1;
        try {
            start = channel.position();
            BsonEncoder.encodeDocument(command, bson);
            long number = lastNumber + 1;
            ByteBuffer payload = bson.nioBuffer();
            ByteBuffer record = ByteBuffer.allocate(HEADER_BYTES + payload.remaining());
            record.putInt(payload.remaining()).putLong(number).putInt(checksum(number, payload.duplicate()));
            record.put(payload).flip();
            while (record.hasRemaining()) {
                channel.write(record);
            }
            lastNumber = number;
            records++;
            return number;
        } catch (IOException e) {
            cutBackTo(start);
            throw new UncheckedIOException("Cannot append to the journal " + segment, e);
        } finally {
            bson.release();
        }
    }

    private void cutBackTo(long position) {
        if (position < 0) {
            return;
        }
        try {
            channel.truncate(position);
            channel.position(position);
        } catch (IOException ignored) {
            // the torn record stays; its segment ends there when the journal opens, as after a killed process
        }
    }

    /** The number of the last command appended (or of the last one a commit held, if higher). */
    long lastNumber() {
        return lastNumber;
    }

    /**
     * Ends the segment being appended to, if it holds anything, and starts a new one: called as a commit takes its
     * snapshot, which holds every record appended so far. Should the new segment not open, nothing changes.
     */
    void seal() {
        if (records == 0) {
            return;
        }
        Path ending = segment;
        try {
            startSegment();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a journal segment after " + ending, e);
        }
        sealed.add(ending);
    }

    /** Deletes the sealed segments: called once a commit that holds all their records is written. */
    void dropSealed() {
        while (!sealed.isEmpty()) {
            Path oldest = sealed.peekFirst();
            try {
                Files.deleteIfExists(oldest);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the journal segment " + oldest, e);
            }
            sealed.removeFirst();
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the journal " + segment, e);
        }
    }

    /** Reads every whole record of a segment into {@code found}, up to the first one cut short or garbled. */
    private static void readWhole(Path segment, List<Entry> found) throws IOException {
        long size = Files.size(segment);
        if (size > Integer.MAX_VALUE) {
            throw new IOException("journal segment of " + size + " bytes: more than one commit can have left");
        }
        ByteBuffer whole = ByteBuffer.wrap(Files.readAllBytes(segment));
        long previous = found.isEmpty() ? 0 : found.get(found.size() - 1).number();
        while (whole.remaining() >= HEADER_BYTES) {
            int length = whole.getInt();
            long number = whole.getLong();
            int checksum = whole.getInt();
            if (length < 5 || length > whole.remaining() || number <= previous) {
                return;
            }
            ByteBuffer payload = whole.slice(whole.position(), length);
            if (checksum(number, payload.duplicate()) != checksum) {
                return;
            }
            found.add(new Entry(number, BsonDecoder.decodeBson(Unpooled.wrappedBuffer(payload))));
            whole.position(whole.position() + length);
            previous = number;
        }
    }

    private static int checksum(long number, ByteBuffer payload) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(Long.BYTES).putLong(number).flip());
        crc.update(payload);
        return (int) crc.getValue();
    }
}
