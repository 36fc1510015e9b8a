package dev.connectsim.harness.report;

import dev.connectsim.concurrent.Background;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One daemon thread of a report's own, writing what it is handed in the order it was handed, so the scenarios' and
 * the run's threads go on meanwhile; {@link #flush} waits for it and throws the first write that failed.
 */
final class WriterThread {

    private final String name;
    private final ExecutorService thread;
    private final AtomicReference<RuntimeException> failed = new AtomicReference<>();

    WriterThread(String name) {
        this.name = name;
        this.thread = Executors.newSingleThreadExecutor(Background.daemons(name));
    }

    /** Runs {@code write} after all handed over before it; what it throws is kept for {@link #flush}. */
    void later(Runnable write) {
        thread.execute(() -> {
            try {
                write.run();
            } catch (RuntimeException e) {
                failed.compareAndSet(null, e);
            }
        });
    }

    /** Waits until all handed over so far is written; throws the first write that failed. */
    void flush() {
        try {
            thread.submit(() -> { }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the " + name + " writer failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the " + name + " writer wrote", e);
        }
        RuntimeException problem = failed.getAndSet(null);
        if (problem != null) {
            throw problem;
        }
    }

    /** Waits for all handed over, then ends the thread; throws the first write that failed. */
    void close() {
        try {
            flush();
        } finally {
            thread.shutdown();
        }
    }
}
