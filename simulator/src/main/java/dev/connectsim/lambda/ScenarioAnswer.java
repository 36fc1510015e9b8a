package dev.connectsim.lambda;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one scenario makes a function answer, in place of the code it is bound to: it returns these values, it fails,
 * or it runs this long. Built up step by step ({@link #returning}, {@link #failing}, {@link #running}); what a
 * step does not say is as the function's own code says.
 *
 * <p>Design note: an answer is immutable; {@link #over} turns it into a handler that stands in for the bound one
 * (or for nothing bound at all, which then returns an empty object). Returned values and failing are exclusive: the
 * later step says what the function does, its duration stays; a duration applies to whatever it does.
 */
public final class ScenarioAnswer {

    /** The errorMessage of a function a scenario makes fail. */
    public static final String FAILURE = "the scenario makes this function fail";

    private final Map<String, ?> returns;
    private final boolean fails;
    private final Duration runsFor;

    private ScenarioAnswer(Map<String, ?> returns, boolean fails, Duration runsFor) {
        this.returns = returns;
        this.fails = fails;
        this.runsFor = runsFor;
    }

    /** The function's own answer, unchanged: the start of a scenario's answer. */
    public static ScenarioAnswer asBound() {
        return new ScenarioAnswer(null, false, null);
    }

    /**
     * The function returns {@code body}, no longer failing: a flat map of strings as a STRING_MAP block wants, or
     * any JSON object (nested maps, lists, strings, numbers, booleans), which the block then validates as the
     * service does. The order of its keys is kept.
     */
    public ScenarioAnswer returning(Map<String, ?> body) {
        return new ScenarioAnswer(Collections.unmodifiableMap(new LinkedHashMap<>(body)), false, runsFor);
    }

    /** The function fails (errorType Error), as a function that throws does. */
    public ScenarioAnswer failing() {
        return new ScenarioAnswer(null, true, runsFor);
    }

    /** The function runs {@code duration} before it answers, whatever it answers. */
    public ScenarioAnswer running(Duration duration) {
        if (Objects.requireNonNull(duration, "duration").isNegative()) {
            throw new IllegalArgumentException("a function cannot run for a negative time, was " + duration);
        }
        return new ScenarioAnswer(returns, fails, duration);
    }

    /**
     * A handler that answers as this says, and otherwise as {@code bound} (the code bound until now, if any): with
     * only a duration, the bound code itself, run for that long (its log and its execution environments kept).
     */
    public LambdaFunction over(Optional<LambdaFunction> bound) {
        if (!fails && returns == null && bound.isPresent()) {
            return runsFor == null ? bound.get() : bound.get().runningFor(runsFor);
        }
        Duration duration = runsFor != null ? runsFor : Duration.ZERO;
        return (event, context) -> {
            if (fails) {
                return LambdaReply.after(duration).fails(FAILURE);
            }
            return LambdaReply.after(duration).returns(returns != null ? returns : Map.of());
        };
    }
}
