package dev.connectsim.handler;

import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.text.NearestName;
import java.util.List;
import java.util.Objects;

/**
 * Loads a team's handler for the runtime its binding names. Java runs now; the Node.js and Python runtimes are
 * recognised and refused with one line saying they come later, never accepted silently.
 */
public final class HandlerRuntimes {

    /** The runtimes whose handlers run: Java, in this JVM. */
    public static final List<String> SUPPORTED = List.of("java17", "java21");

    /** Lambda runtimes connect-sim knows but does not run yet. */
    static final List<String> LATER = List.of("nodejs18.x", "nodejs20.x", "nodejs22.x", "python3.9", "python3.10",
            "python3.11", "python3.12", "python3.13");

    /** Lambda runtimes connect-sim will not run: the JVM here runs Java 17 and later. */
    static final List<String> OLD_JAVA = List.of("java8", "java8.al2", "java11");

    private HandlerRuntimes() {
    }

    /** The function {@code binding} describes; fails with a one-line {@link BadHandlerBinding} when it cannot run. */
    public static LambdaFunction load(HandlerBinding binding) {
        Objects.requireNonNull(binding, "binding");
        String runtime = binding.runtime().strip();
        if (SUPPORTED.contains(runtime)) {
            return JavaHandler.load(binding);
        }
        if (LATER.contains(runtime)) {
            throw new BadHandlerBinding("runtime", "runtime " + runtime + " is not run yet: Node.js and Python "
                    + "handlers come in a later version of connect-sim; this one runs " + String.join(" and ",
                            SUPPORTED) + " handlers (or bind the function with returns, fails or a LambdaFunction "
                    + "class)");
        }
        if (OLD_JAVA.contains(runtime)) {
            throw new BadHandlerBinding("runtime", "runtime " + runtime + " is not supported: connect-sim runs Java "
                    + "handlers on " + String.join(" and ", SUPPORTED) + " (Java 17 or later bytecode)");
        }
        List<String> known = new java.util.ArrayList<>(SUPPORTED);
        known.addAll(LATER);
        throw new BadHandlerBinding("runtime", "unknown runtime '" + runtime + "'" + NearestName.hint(known, runtime)
                + "; expected one of " + String.join(", ", SUPPORTED) + " (Node.js and Python come later)");
    }
}
