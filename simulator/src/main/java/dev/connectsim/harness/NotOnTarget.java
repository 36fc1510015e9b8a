package dev.connectsim.harness;

import org.opentest4j.TestAbortedException;

/**
 * A step or scenario the contact center under test cannot drive, with the reason. Cucumber reports the scenario
 * as skipped (an aborted test), not failed.
 */
public final class NotOnTarget extends TestAbortedException {

    public NotOnTarget(String reason) {
        super(reason);
    }
}
