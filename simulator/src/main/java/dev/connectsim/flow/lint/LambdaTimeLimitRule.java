package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.InvokeLambdaFunction;
import dev.connectsim.lambda.InvocationType;
import dev.connectsim.lambda.LambdaInvocation;
import dev.connectsim.text.NearestName;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * InvokeLambdaFunction has a static InvocationTimeLimitSeconds, a whole number within its InvocationType's
 * range (1 to 8 SYNCHRONOUS, the default; 1 to 60 ASYNCHRONOUS: {@link LambdaInvocation#timeLimitProblem}), and
 * an InvocationType, when given, of SYNCHRONOUS or ASYNCHRONOUS.
 */
final class LambdaTimeLimitRule extends Rule {

    private static final List<String> TYPES = Arrays.stream(InvocationType.values()).map(Enum::name).toList();

    LambdaTimeLimitRule() {
        super("lambda-time-limit", Severity.ERROR, "InvokeLambdaFunction has a static InvocationTimeLimitSeconds,"
                + " 1 to 8 (SYNCHRONOUS) or 1 to 60 (ASYNCHRONOUS)");
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            if (action instanceof InvokeLambdaFunction) {
                invocationType(check, action).ifPresent(type -> timeLimit(check, action, type));
            }
        }
    }

    /** The block's type; empty (and reported) when it is not one of the two. */
    private static Optional<InvocationType> invocationType(Check check, Action action) {
        Object value = action.parameters().get("InvocationType");
        if (value == null) {
            return Optional.of(InvocationType.SYNCHRONOUS);
        }
        if (value instanceof String text) {
            if (TYPES.contains(text)) {
                return Optional.of(InvocationType.valueOf(text));
            }
            if (Words.isDynamic(text)) {
                return Optional.empty();
            }
        }
        String found = value instanceof String text ? "was " + Words.quote(text) + NearestName.hint(TYPES, text)
                : "found " + Words.kind(value);
        check.report(action, "/Parameters/InvocationType", "InvocationType must be SYNCHRONOUS or ASYNCHRONOUS, "
                + found, "set InvocationType to SYNCHRONOUS (the flow waits) or ASYNCHRONOUS, or leave it out");
        return Optional.empty();
    }

    private static void timeLimit(Check check, Action action, InvocationType type) {
        Object value = action.parameters().get("InvocationTimeLimitSeconds");
        String range = "a whole number of seconds from 1 to " + type.maxTimeLimitSeconds() + " for " + type;
        String hint = "set InvocationTimeLimitSeconds to " + range + " (the samples use \"8\")";
        String at = "/Parameters/InvocationTimeLimitSeconds";
        if (value == null) {
            check.report(action, "/Parameters", "missing InvocationTimeLimitSeconds (expected " + range + ")", hint);
        } else if (!(value instanceof String text)) {
            check.report(action, at, "InvocationTimeLimitSeconds must be " + range + ", found " + Words.kind(value),
                    hint);
        } else if (Words.isDynamic(text)) {
            check.report(action, at, "InvocationTimeLimitSeconds must be set statically (" + range + "), was "
                    + Words.quote(text), hint);
        } else if (!text.matches("-?\\d+")) {
            check.report(action, at, "InvocationTimeLimitSeconds must be " + range + ", was " + Words.quote(text),
                    hint);
        } else if (text.replace("-", "").length() > 9) {
            check.report(action, at, "InvocationTimeLimitSeconds must be an integer from 1 to "
                    + type.maxTimeLimitSeconds() + " when InvocationType is " + type + ", was " + text, hint);
        } else {
            LambdaInvocation.timeLimitProblem(type, Integer.parseInt(text))
                    .ifPresent(problem -> check.report(action, at, problem, hint));
        }
    }
}
