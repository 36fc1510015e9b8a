package dev.connectsim.harness.arguments;

/**
 * A step argument that does not have the form its parameter takes, or is out of its range. The message is one line
 * that quotes the argument as written, says what is wrong and the form expected, with an example and the nearest
 * candidate when there is one: {@code '3 fortnights' is not a duration: unknown unit 'fortnights'; expected ...}.
 * Cucumber fails the step with it, so the run names the feature file, the scenario and the step's line.
 */
public final class MalformedArgument extends IllegalArgumentException {

    MalformedArgument(String message) {
        super(message);
    }

    /** {@code 'written' is not <kind>: <problem>}. */
    static MalformedArgument notA(String kind, String written, String problem) {
        return new MalformedArgument("'" + written + "' is not " + kind + ": " + problem);
    }

    /** {@code 'written' is out of range for <kind>: <problem>}. */
    static MalformedArgument outOfRange(String kind, String written, String problem) {
        return new MalformedArgument("'" + written + "' is out of range for " + kind + ": " + problem);
    }
}
