package dev.connectsim.harness;

import dev.connectsim.harness.salesforce.SalesforceStubs;
import dev.connectsim.project.Project;
import dev.connectsim.project.ProjectInstance;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What a run checks once, before its first scenario: the project's instance file loads (its flows, Lambda bindings
 * and their probes) and its stubs, when it has a {@code stubs/} folder, are valid WireMock stubs. What breaks the
 * whole project ends the run here, in one line, instead of failing every scenario.
 *
 * <p>The checks run on a thread of their own ({@link #start}) while the run chooses its scenarios and Cucumber starts,
 * and the run waits for them ({@link #await}) before its first scenario: the probes wait on Node.js and Python
 * starting, and the run's start-up kept one of the two cores idle (docs/performance.md, "Fixed cost").
 *
 * <p>Until issue 21 the run also placed eight unseen calls first (a warm-up), so the JIT compiler would have compiled
 * the hot paths before the first scenario: it cost more CPU than any run of this project's features could win back
 * (docs/performance.md, "Fixed cost"), and is gone.
 */
public final class RunChecks {

    private final CompletableFuture<Void> done;

    private RunChecks(CompletableFuture<Void> done) {
        this.done = done;
    }

    /** Loads {@code project}'s instance and checks its stubs; throws what the first problem is. */
    public static void run(Project project) {
        ProjectInstance.of(project);
        project.stubs().ifPresent(SalesforceStubs::check);
    }

    /** Starts {@link #run} on a thread of its own; {@link #await} gives its outcome. */
    public static RunChecks start(Project project) {
        return new RunChecks(CompletableFuture.runAsync(() -> run(project), task -> {
            Thread thread = new Thread(task, "run checks");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** Waits for the checks; throws what {@link #run} threw, as it threw it. */
    public void await() {
        try {
            done.join();
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
