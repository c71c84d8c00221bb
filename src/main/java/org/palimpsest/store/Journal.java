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
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The write commands of a store since its last commit, in the order they ran, each appended before its reply
 * leaves: a file of records {@code [length][number][crc32c][command as BSON]}. A record is handed to the OS by one
 * {@code write}, as a commit's pages are, so it survives a killed process (not a power loss, which the store does
 * not promise to survive either). After a commit that holds every command up to a number, the journal is emptied;
 * when the store opens, the commands after the number its last commit holds are run again.
 * <p>
 * A record cut short or garbled (a process killed in the middle of its write) ends the journal: it and anything
 * after it are cut off when the journal opens. Not thread-safe: the caller appends under a lock of its own.
 */
final class Journal implements AutoCloseable {

    private static final int HEADER_BYTES = Integer.BYTES + Long.BYTES + Integer.BYTES;

    /** A record of one command. */
    record Entry(long number, Document command) {}

    private final Path file;
    private final FileChannel channel;
    private final List<Entry> found;
    private long lastNumber;
    private long records;

    private Journal(Path file, FileChannel channel, List<Entry> found) {
        this.file = file;
        this.channel = channel;
        this.found = found;
        this.lastNumber = found.isEmpty() ? 0 : found.get(found.size() - 1).number();
        this.records = found.size();
    }

    /** Opens (or creates) the journal in {@code file}, cutting off a torn record at its end. */
    static Journal open(Path file) {
        try {
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                List<Entry> found = new ArrayList<>();
                long end = readWhole(channel, found);
                channel.truncate(end);
                channel.position(end);
                return new Journal(file, channel, found);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the journal " + file, e);
        }
    }

    /** The commands the journal held when it opened, numbered above {@code applied}, in their order. */
    List<Entry> after(long applied) {
        return found.stream().filter(entry -> entry.number() > applied).toList();
    }

    /**
     * Numbers from here on follow {@code applied} (the number a commit holds) as well as the records found, so that
     * a number is never given twice, also after the journal was emptied.
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
            throw new UncheckedIOException("Cannot append to the journal " + file, e);
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
            // the torn record stays; the journal ends there when it opens, as after a killed process
        }
    }

    /** The number of the last command appended (or of the last one a commit held, if higher). */
    long lastNumber() {
        return lastNumber;
    }

    /** Whether anything was appended since the journal was last emptied (or opened). */
    boolean isEmpty() {
        return records == 0;
    }

    /** Forgets every record: called once a commit holds them all. */
    void clear() {
        try {
            channel.truncate(0);
            channel.position(0);
            records = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty the journal " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the journal " + file, e);
        }
    }

    /** Reads every whole record into {@code found}; returns where the last one ends. */
    private static long readWhole(FileChannel channel, List<Entry> found) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE) {
            throw new IOException("journal of " + size + " bytes: more than one commit can have left");
        }
        ByteBuffer whole = ByteBuffer.allocate((int) size);
        while (whole.hasRemaining() && channel.read(whole, whole.position()) >= 0) {
            // read on until full
        }
        whole.flip();
        long previous = 0;
        while (whole.remaining() >= HEADER_BYTES) {
            int start = whole.position();
            int length = whole.getInt();
            long number = whole.getLong();
            int checksum = whole.getInt();
            if (length < 5 || length > whole.remaining() || number <= previous) {
                return start;
            }
            ByteBuffer payload = whole.slice(whole.position(), length);
            if (checksum(number, payload.duplicate()) != checksum) {
                return start;
            }
            found.add(new Entry(number, BsonDecoder.decodeBson(Unpooled.wrappedBuffer(payload))));
            whole.position(whole.position() + length);
            previous = number;
        }
        return whole.position();
    }

    private static int checksum(long number, ByteBuffer payload) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(Long.BYTES).putLong(number).flip());
        crc.update(payload);
        return (int) crc.getValue();
    }
}
