package dk.nextwork.platform.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import dk.nextwork.platform.config.ProductName;

/**
 * An exclusive, operating-system lock on the data folder, taken before anything in it is opened:
 * a second portal pointed at the same folder fails fast, naming the process that holds it,
 * instead of opening the same store twice. The operating system releases the lock when the
 * holder dies, so a crash leaves no stale lock behind.
 */
public final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "nextwork.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static DataFolderLock acquire(Path home) {
        Path file = home.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(home);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
                channel.close();
                throw new DataFolderInUseException("The data folder " + home + " is in use by another "
                        + ProductName.current() + " process"
                        + (holder.isEmpty() ? "" : " (" + holder + ")")
                        + ". Stop that process first, or set NEXTWORK_HOME to another folder.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", started "
                    + Instant.now()).getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new IllegalStateException("Cannot lock the data folder " + home + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    /** Another process holds the data folder. */
    public static final class DataFolderInUseException extends RuntimeException {
        DataFolderInUseException(String message) {
            super(message);
        }
    }
}
