package dev.connectsim.flow.lint;

import java.util.List;
import java.util.Optional;

/**
 * What the Connect instance defines, for the {@code unknown-reference} rule: queues, agents, flows, hours of
 * operation, Lambda functions and prompts, looked up by the reference a flow writes (a name, an ID or an ARN, as
 * the implementation chooses to resolve them). Every method answers {@code Optional.of(true)} (defined),
 * {@code Optional.of(false)} (not defined: the rule warns) or empty (not known: the rule stays silent).
 * Only static references are asked about; values holding {@code $.} are never passed.
 */
public interface KnownNames {

    /** Knows nothing: the {@code unknown-reference} rule stays silent. */
    KnownNames NONE = new KnownNames() {
    };

    /** What a reference names, for messages and {@link #suggestions}. */
    enum Kind {
        QUEUE("queue"),
        AGENT("agent"),
        FLOW("flow"),
        HOURS_OF_OPERATION("hours of operation"),
        LAMBDA("Lambda function"),
        PROMPT("prompt");

        private final String noun;

        Kind(String noun) {
            this.noun = noun;
        }

        /** "queue", "Lambda function" ... */
        public String noun() {
            return noun;
        }
    }

    default Optional<Boolean> hasQueue(String ref) {
        return Optional.empty();
    }

    default Optional<Boolean> hasAgent(String ref) {
        return Optional.empty();
    }

    default Optional<Boolean> hasFlow(String ref) {
        return Optional.empty();
    }

    default Optional<Boolean> hasHoursOfOperation(String ref) {
        return Optional.empty();
    }

    default Optional<Boolean> hasLambda(String arn) {
        return Optional.empty();
    }

    default Optional<Boolean> hasPrompt(String ref) {
        return Optional.empty();
    }

    /** Names of this kind to offer as "did you mean" when a reference is not defined; empty by default. */
    default List<String> suggestions(Kind kind) {
        return List.of();
    }

    /** Asks the method for {@code kind}. */
    default Optional<Boolean> has(Kind kind, String ref) {
        return switch (kind) {
            case QUEUE -> hasQueue(ref);
            case AGENT -> hasAgent(ref);
            case FLOW -> hasFlow(ref);
            case HOURS_OF_OPERATION -> hasHoursOfOperation(ref);
            case LAMBDA -> hasLambda(ref);
            case PROMPT -> hasPrompt(ref);
        };
    }
}
