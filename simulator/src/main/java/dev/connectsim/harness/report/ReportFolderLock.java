package dev.connectsim.harness.report;

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

/**
 * A run's hold on its report folder (or a {@code report merge}'s on the one it writes): two writing into one folder at
 * once would mix their results (each moves the other's Allure files aside, and the last to end overwrites the pages),
 * so the second is refused before it writes anything, naming the process that holds the folder.
 *
 * <p>Design note: the hold is an operating-system lock on {@link #FILE} in the folder (an fcntl lock on Linux), so
 * it ends with the process that took it, also when it is killed: no stale lock is ever left to clean up. The file
 * itself stays, holding the last holder's process id; deleting it would let a third run lock a new file while the
 * second still waits on the old one.
 */
public final class ReportFolderLock implements AutoCloseable {

    /** The file in the report folder that is locked, and holds the holder's process id. */
    public static final String FILE = ".connect-sim.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private ReportFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes {@code folder} for this run, making it when missing; throws, naming the folder and the process that
     * holds it, when another run holds it.
     */
    public static ReportFolderLock take(Path folder) {
        return take(folder, "give --report another folder");
    }

    /** As {@link #take(Path)}, with {@code elsewhere} saying how to write into another folder instead. */
    public static ReportFolderLock take(Path folder, String elsewhere) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("the report folder " + folder + " is a file: give --report a folder,"
                    + " or a name that is not taken");
        }
        Path file = folder.resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new IllegalStateException("the report folder " + folder + " is being written by another"
                        + " connect-sim" + holder + ": wait for it to end, or " + elsewhere);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return new ReportFolderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot write into the report folder " + folder + ": "
                    + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    /** The lock, or null when another process, or another run in this one, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** " (process N)" as the holder wrote it, or nothing when it wrote no number. */
    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        return text.matches("\\d+") ? " (process " + text + ")" : "";
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the problem being reported is the one that matters
            }
        }
    }

    /** Lets the next run have the folder. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot let go of the report folder: " + e, e);
        }
    }
}
