package dev.connectsim.harness;

import dev.connectsim.harness.salesforce.SalesforceStubs;
import dev.connectsim.project.Project;
import dev.connectsim.project.ProjectInstance;

/**
 * What a run checks once, before its first scenario: the project's instance file loads (its flows, Lambda bindings
 * and their probes) and its stubs, when it has a {@code stubs/} folder, are valid WireMock stubs. What breaks the
 * whole project ends the run here, in one line, instead of failing every scenario.
 *
 * <p>Until issue 21 the run also placed eight unseen calls first (a warm-up), so the JIT compiler would have compiled
 * the hot paths before the first scenario: it cost more CPU than any run of this project's features could win back
 * (docs/performance.md, "Fixed cost"), and is gone.
 */
public final class RunChecks {

    private RunChecks() {
    }

    /** Loads {@code project}'s instance and checks its stubs; throws what the first problem is. */
    public static void run(Project project) {
        ProjectInstance.of(project);
        project.stubs().ifPresent(SalesforceStubs::check);
    }
}
