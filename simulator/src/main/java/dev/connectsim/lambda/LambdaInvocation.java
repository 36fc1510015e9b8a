package dev.connectsim.lambda;

import java.util.Objects;
import java.util.Optional;

/**
 * One InvokeLambdaFunction block run, as the flow interpreter hands it to {@link LambdaRuntime#invoke}.
 *
 * @param functionArn      the block's LambdaFunctionARN, resolved (it may carry an alias, a version, or be a
 *                         deploy placeholder)
 * @param event            the payload
 * @param timeLimitSeconds the block's InvocationTimeLimitSeconds; checked by the runtime, see {@link #timeLimitProblem}
 * @param type             SYNCHRONOUS or ASYNCHRONOUS
 * @param validation       the block's ResponseValidation
 */
public record LambdaInvocation(String functionArn, ContactFlowEvent event, int timeLimitSeconds, InvocationType type,
        ResponseValidation validation) {

    public LambdaInvocation {
        Objects.requireNonNull(functionArn, "functionArn");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(validation, "validation");
    }

    /** A synchronous invocation with no ResponseValidation. */
    public static LambdaInvocation synchronous(String functionArn, ContactFlowEvent event, int timeLimitSeconds) {
        return new LambdaInvocation(functionArn, event, timeLimitSeconds, InvocationType.SYNCHRONOUS,
                ResponseValidation.UNSPECIFIED);
    }

    /** An asynchronous invocation with no ResponseValidation. */
    public static LambdaInvocation asynchronous(String functionArn, ContactFlowEvent event, int timeLimitSeconds) {
        return new LambdaInvocation(functionArn, event, timeLimitSeconds, InvocationType.ASYNCHRONOUS,
                ResponseValidation.UNSPECIFIED);
    }

    /** The same invocation with {@code value} as its ResponseValidation. */
    public LambdaInvocation withValidation(ResponseValidation value) {
        return new LambdaInvocation(functionArn, event, timeLimitSeconds, type, value);
    }

    /**
     * What is wrong with InvocationTimeLimitSeconds {@code seconds} for {@code type}, or empty when it
     * is allowed: 1 to 8 for SYNCHRONOUS, 1 to 60 for ASYNCHRONOUS. Flow validation uses the same rule.
     */
    public static Optional<String> timeLimitProblem(InvocationType type, int seconds) {
        if (seconds >= 1 && seconds <= type.maxTimeLimitSeconds()) {
            return Optional.empty();
        }
        return Optional.of("InvocationTimeLimitSeconds must be an integer from 1 to " + type.maxTimeLimitSeconds()
                + " when InvocationType is " + type + ", was " + seconds);
    }
}
