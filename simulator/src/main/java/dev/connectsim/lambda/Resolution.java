package dev.connectsim.lambda;

/** What a {@link LambdaRegistry} finds for an ARN a flow names. */
public sealed interface Resolution {

    /** The ARN resolves to {@code function} (directly, through an alias or version, or a placeholder). */
    record Found(BoundFunction function) implements Resolution {}

    /** Nothing is bound under the ARN; {@code message} names the nearest bound ARN and lists them all. */
    record NotFound(String arn, String message) implements Resolution {}
}
