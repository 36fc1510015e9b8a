package dev.connectsim.lambda;

import java.util.Objects;

/**
 * A handler bound in a {@link LambdaRegistry}.
 *
 * @param boundAs the ARN or deploy placeholder it is bound under
 * @param config  how it behaves on the Lambda side
 * @param handler its code
 */
public record BoundFunction(String boundAs, FunctionConfig config, LambdaFunction handler) {

    public BoundFunction {
        Objects.requireNonNull(boundAs, "boundAs");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(handler, "handler");
    }
}
