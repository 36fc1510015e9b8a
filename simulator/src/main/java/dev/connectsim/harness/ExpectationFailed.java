package dev.connectsim.harness;

import java.util.List;

/**
 * A scenario's expectation that did not hold: what was expected, what happened, and where on the call's timeline
 * (the last entries before the failure, in virtual time), and how the last flow runs ended, with their reasons.
 */
public final class ExpectationFailed extends AssertionError {

    private static final int CONTEXT = 8;
    /** How many flow-run ends the message shows, the last ones. */
    private static final int ENDS = 4;

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
        List<String> ends = world.flowEnds(ENDS);
        return "expected " + expected + "\n  but " + actual + "\n  at " + at + " on the timeline; last events:\n"
                + timeline.around(world.now(), CONTEXT).indent(4).stripTrailing()
                + (ends.isEmpty() ? "" : "\n  how the flow runs ended:\n" + String.join("\n", ends).indent(4)
                        .stripTrailing());
    }
}
