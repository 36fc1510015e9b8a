package dev.connectsim.flow.action;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an action goes next: {@code NextAction}, then {@code Errors} and {@code Conditions} in file order.
 * Connect takes the error branch of the error's type, else {@code NoMatchingError}; it tries the conditions in
 * order and takes the first true one, else raises {@code NoMatchingCondition}.
 *
 * @param nextAction the {@code NextAction} Identifier, or null (terminal actions have {@code "Transitions": {}})
 * @param errors     the {@code Errors} in file order
 * @param conditions the {@code Conditions} in file order
 */
public record Transitions(String nextAction, List<OnError> errors, List<OnCondition> conditions) {

    /** No way out: {@code "Transitions": {}}. */
    public static final Transitions NONE = new Transitions(null, List.of(), List.of());

    public Transitions {
        errors = List.copyOf(errors);
        conditions = List.copyOf(conditions);
    }

    /** Only a NextAction. */
    public static Transitions next(String nextAction) {
        return new Transitions(nextAction, List.of(), List.of());
    }

    /** The NextAction of the {@code Errors} entry for exactly this type (no NoMatchingError fallback). */
    public Optional<String> onError(String errorType) {
        for (OnError error : errors) {
            if (error.errorType().equals(errorType)) {
                return Optional.of(error.nextAction());
            }
        }
        return Optional.empty();
    }

    /** Every Identifier these transitions lead to, without repeats: NextAction, then errors, then conditions. */
    public List<String> targets() {
        LinkedHashSet<String> targets = new LinkedHashSet<>();
        if (nextAction != null) {
            targets.add(nextAction);
        }
        errors.forEach(e -> targets.add(e.nextAction()));
        conditions.forEach(c -> targets.add(c.nextAction()));
        return List.copyOf(new ArrayList<>(targets));
    }

    /**
     * One {@code Errors} entry.
     *
     * @param errorType  such as {@code NoMatchingError}, {@code QueueAtCapacity}, {@code InputTimeLimitExceeded}
     * @param nextAction the Identifier to go to
     */
    public record OnError(String errorType, String nextAction) {

        public OnError {
            Objects.requireNonNull(errorType, "errorType");
            Objects.requireNonNull(nextAction, "nextAction");
        }
    }

    /**
     * One {@code Conditions} entry.
     *
     * @param condition  the test
     * @param nextAction the Identifier to go to when it is true
     */
    public record OnCondition(Condition condition, String nextAction) {

        public OnCondition {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(nextAction, "nextAction");
        }
    }
}
