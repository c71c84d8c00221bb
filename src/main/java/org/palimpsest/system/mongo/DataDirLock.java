package org.palimpsest.system.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * One Palimpsest per data folder. The store file has a lock of its own, but its failure names neither the
 * folder's user nor the way out; this lock file holds the pid of the process that owns the folder, and the
 * operating system lets go of the lock when that process ends, however it ends.
 */
final class DataDirLock implements AutoCloseable {

    static final String FILE_NAME = "palimpsest.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                OptionalLong owner = owner(channel);
                channel.close();
                throw new DataDirInUseException(dataDir, owner);
            }
            channel.truncate(0);
            channel.write(
                    ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)),
                    0);
            channel.force(true);
            return new DataDirLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException(
                    "cannot lock the data folder " + dataDir.toAbsolutePath().normalize(), e);
        }
    }

    /** Null when another process, or another app in this one, holds the folder. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    private static OptionalLong owner(FileChannel channel) {
        try {
            ByteBuffer content = ByteBuffer.allocate(32);
            channel.read(content, 0);
            return OptionalLong.of(Long.parseLong(
                    new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII).trim()));
        } catch (IOException | NumberFormatException unknown) {
            return OptionalLong.empty();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
