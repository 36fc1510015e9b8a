package dev.connectsim.handler;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A function described as AWS describes one (the keys of a SAM or CloudFormation function), plus connect-sim's
 * {@code after}.
 *
 * @param functionArn the ARN (or deploy placeholder) the function is bound under
 * @param runtime     Lambda's runtime identifier, such as {@code java17}
 * @param code        the folder, .zip or .jar holding the code, resolved against the instance file's folder
 * @param codeAsWritten the code path as the instance file writes it, for messages
 * @param handler     the handler as Lambda writes it: {@code package.Class::method} or {@code package.Class}
 * @param environment the function's environment variables
 * @param timeout     the function's own timeout
 * @param memoryMb    the function's memory, in MB
 * @param after       the virtual time an attempt costs once the handler has answered
 * @param measured    {@code duration: measured}: an attempt costs the handler's real running time instead of
 *                    {@code after} (Node.js and Python handlers)
 */
public record HandlerBinding(String functionArn, String runtime, Path code, String codeAsWritten, String handler,
        Map<String, String> environment, Duration timeout, int memoryMb, Duration after, boolean measured) {

    /** Lambda's default memory, as SAM and CreateFunction give it: 128 MB. */
    public static final int DEFAULT_MEMORY_MB = 128;

    public HandlerBinding {
        Objects.requireNonNull(functionArn, "functionArn");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(codeAsWritten, "codeAsWritten");
        Objects.requireNonNull(handler, "handler");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(after, "after");
    }

    /** A binding whose attempts cost {@code after}. */
    public HandlerBinding(String functionArn, String runtime, Path code, String codeAsWritten, String handler,
            Map<String, String> environment, Duration timeout, int memoryMb, Duration after) {
        this(functionArn, runtime, code, codeAsWritten, handler, environment, timeout, memoryMb, after, false);
    }
}
