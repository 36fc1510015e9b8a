package dev.connectsim.harness;

/**
 * A scenario's expectation that did not hold: what was expected, what happened, and where on the call's timeline
 * (the last entries before the failure, in virtual time).
 */
public final class ExpectationFailed extends AssertionError {

    private static final int CONTEXT = 8;

    public ExpectationFailed(String expected, String actual, ScenarioWorld world) {
        super(message(expected, actual, world));
    }

    /** An expectation on a contact center with no timeline: {@code context} says what happened last. */
    public ExpectationFailed(String expected, String actual, String context) {
        super("expected " + expected + "\n  but " + actual + "\n  " + context.stripTrailing());
    }

    private static String message(String expected, String actual, ScenarioWorld world) {
        Timeline timeline = world.timeline();
        String at = timeline.offset(world.now());
        return "expected " + expected + "\n  but " + actual + "\n  at " + at + " on the timeline; last events:\n"
                + timeline.around(world.now(), CONTEXT).indent(4).stripTrailing();
    }
}
