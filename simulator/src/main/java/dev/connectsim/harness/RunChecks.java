package dev.connectsim.harness;

import dev.connectsim.concurrent.Background;
import dev.connectsim.harness.salesforce.SalesforceStubs;
import dev.connectsim.project.Project;
import dev.connectsim.project.ProjectInstance;
import java.util.concurrent.CompletableFuture;

/**
 * What a run checks once, before its first scenario: the project's instance file loads (its flows, Lambda bindings
 * and their probes) and its stubs, when it has a {@code stubs/} folder, are valid WireMock stubs. What breaks the
 * whole project ends the run here, in one line, instead of failing every scenario.
 *
 * <p>The two checks run on threads of their own ({@link #start}) while the run chooses its scenarios, and the run waits
 * for them ({@link #await}) before Cucumber starts: the probes wait on Node.js and Python starting, and the run's
 * start-up kept one of the two cores idle (docs/performance.md, "Fixed cost").
 *
 * <p>Until issue 21 the run also placed eight unseen calls first (a warm-up), so the JIT compiler would have compiled
 * the hot paths before the first scenario: it cost more CPU than any run of this project's features could win back
 * (docs/performance.md, "Fixed cost"), and is gone.
 */
public final class RunChecks {

    private final CompletableFuture<Void> instance;
    private final CompletableFuture<Void> stubs;

    private RunChecks(CompletableFuture<Void> instance, CompletableFuture<Void> stubs) {
        this.instance = instance;
        this.stubs = stubs;
    }

    /** Starts loading {@code project}'s instance and checking its stubs, each on a thread of its own. */
    public static RunChecks start(Project project) {
        return new RunChecks(Background.run("load the instance file", () -> ProjectInstance.of(project)),
                Background.run("check the stubs", () -> project.stubs().ifPresent(SalesforceStubs::check)));
    }

    /** Waits for the checks; throws the first problem, the instance file's before the stubs', as it was thrown. */
    public void await() {
        Background.join(instance);
        Background.join(stubs);
    }
}
