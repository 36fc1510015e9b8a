package dev.connectsim.harness;

import dev.connectsim.project.Project;

/**
 * A scenario needs the simulated Salesforce (a flow invokes the telephony-integration function, or a step says how
 * Salesforce behaves) but the project has no {@code stubs/} folder to serve it from.
 */
public final class NoSalesforceStubs extends RuntimeException {

    NoSalesforceStubs(Project project, String why) {
        super(why + ", but the project " + project.root() + " has no stubs/ folder for the simulated Salesforce"
                + " (connect-sim init makes a project with the Service Cloud Voice stubs; stubs/README.md of"
                + " connect-sim describes them)");
    }
}
