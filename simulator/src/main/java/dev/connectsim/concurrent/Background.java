package dev.connectsim.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * Work on daemon threads named for what they do (a run's start-up overlapping itself, a report written beside the
 * scenarios), which never hold the JVM open, and its outcome waited for as if the work had run on the waiting thread.
 */
public final class Background {

    private Background() {
    }

    /** A factory of daemon threads named {@code name}. */
    public static ThreadFactory daemons(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Runs {@code work} on a daemon thread of its own named {@code name}; the future completes with it. */
    public static CompletableFuture<Void> run(String name, Runnable work) {
        return CompletableFuture.runAsync(work, task -> daemons(name).newThread(task).start());
    }

    /** Runs {@code work} on a daemon thread of its own named {@code name}; the future completes with its result. */
    public static <T> CompletableFuture<T> supply(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> daemons(name).newThread(task).start());
    }

    /** Waits for {@code future}; throws what its work threw (an unchecked exception or an error), as it threw it. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
