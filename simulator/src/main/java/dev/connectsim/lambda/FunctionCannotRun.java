package dev.connectsim.lambda;

/**
 * A bound function whose code cannot run at all on this machine (for example, the runtime it needs is not installed).
 * It is not a function error Connect would see and retry: it ends the run (the scenario fails) with its one-line
 * message, so no scenario passes on an error branch the team's code never took.
 */
public class FunctionCannotRun extends RuntimeException {

    /** A function that cannot run, and why, in one line. */
    public FunctionCannotRun(String message) {
        super(message);
    }
}
