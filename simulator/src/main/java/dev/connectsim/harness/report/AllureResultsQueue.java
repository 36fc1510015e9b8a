package dev.connectsim.harness.report;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Allure's result files written by one thread of its own, in the order they are handed over, instead of by the
 * scenario threads. A run writes about ten files a scenario (results, hook containers, attachments), all in one
 * folder; with three scenario threads creating files there at once, the kernel spent about 1.3 ms of CPU a file
 * against 0.15 to 0.25 ms for one thread alone (docs/performance.md, "Fixed cost"). What is handed over is copied
 * first: an attachment's stream is read at once, and Allure no longer changes a result or container it has handed
 * over. {@link #flushInstalled()} waits until everything is on disk and throws what could not be written;
 * {@link #closeInstalled(Path)} also ends the thread when the run is over.
 */
public final class AllureResultsQueue implements AllureResultsWriter {

    private static volatile AllureResultsQueue installed;

    private final AllureResultsWriter files;
    private final WriterThread writer = new WriterThread("allure results");

    AllureResultsQueue(AllureResultsWriter files) {
        this.files = files;
    }

    /**
     * Makes a queue writing into {@code folder} the writer of Allure's lifecycle, for the run about to start;
     * {@code emptied}: the folder is emptied first, its old files written over by the run's
     * ({@link RecycledResultsWriter}), else what it holds stays.
     */
    public static void install(Path folder, boolean emptied) {
        AllureResultsQueue queue = new AllureResultsQueue(emptied ? RecycledResultsWriter.takeOver(folder)
                : new FileSystemResultsWriter(folder));
        installed = queue;
        Allure.setLifecycle(new AllureLifecycle(queue));
    }

    /**
     * The run is over: waits for the installed queue to write everything, ends its thread (a
     * {@link RecycledResultsWriter}'s old files no new one took are deleted), and leaves Allure writing into
     * {@code folder} directly, so that nothing written later is lost.
     */
    public static void closeInstalled(Path folder) {
        AllureResultsQueue queue = installed;
        if (queue == null) {
            return;
        }
        installed = null;
        Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(folder)));
        try {
            queue.writer.close();
        } finally {
            if (queue.files instanceof RecycledResultsWriter recycled) {
                recycled.discardSpares();
            }
        }
    }

    /** Waits until the installed queue, if any, has written all it was handed; throws what it could not write. */
    public static void flushInstalled() {
        AllureResultsQueue queue = installed;
        if (queue != null) {
            queue.flush();
        }
    }

    @Override
    public void write(TestResult result) {
        later(() -> files.write(result));
    }

    @Override
    public void write(TestResultContainer container) {
        later(() -> files.write(container));
    }

    @Override
    public void write(String source, InputStream attachment) {
        byte[] bytes;
        try {
            bytes = attachment.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Allure attachment " + source, e);
        }
        later(() -> files.write(source, new ByteArrayInputStream(bytes)));
    }

    /** Waits until all handed over so far is written; throws the first write that failed. */
    void flush() {
        writer.flush();
    }

    private void later(Runnable write) {
        writer.later(write);
    }
}
