package dev.connectsim.harness.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Another process holding a report folder as a run of connect-sim does (an fcntl lock on its {@link ReportFolderLock}
 * file, its process id inside): a Python process, started by {@link #of(Path)} and ended by {@link #close()}, also
 * when the test fails.
 */
public final class OtherProcessHold implements AutoCloseable {

    private static final String HOLDER = """
            import fcntl, os, sys
            f = open(sys.argv[1], 'a+')
            fcntl.lockf(f, fcntl.LOCK_EX)
            f.truncate(0); f.write(str(os.getpid())); f.flush()
            print('held', flush=True)
            sys.stdin.read()
            """;

    private final Process process;

    private OtherProcessHold(Process process) {
        this.process = process;
    }

    /** Holds {@code folder} (made when missing) once this returns. */
    public static OtherProcessHold of(Path folder) {
        Process process;
        try {
            Files.createDirectories(folder);
            process = new ProcessBuilder("python3", "-c", HOLDER, folder.resolve(ReportFolderLock.FILE).toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the holding process", e);
        }
        OtherProcessHold hold = new OtherProcessHold(process);
        try {
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            if (!"held".equals(line)) {
                throw new IllegalStateException("the holding process did not take the lock: " + line);
            }
            return hold;
        } catch (IOException e) {
            hold.close();
            throw new UncheckedIOException("cannot read the holding process", e);
        } catch (RuntimeException e) {
            hold.close();
            throw e;
        }
    }

    /** The holding process's id, which a refused run names. */
    public long pid() {
        return process.pid();
    }

    /** Lets go: the process ends when its input closes, and is killed if it has not within 30 s. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException ignored) {
            // killed below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process.destroyForcibly();
        }
    }
}
