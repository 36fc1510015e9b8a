package dev.connectsim.handler;

import dev.connectsim.handler.worker.WorkerFunction;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.text.NearestName;
import java.util.List;
import java.util.Objects;

/**
 * Loads a team's handler for the runtime its binding names: Java in this JVM, Node.js and Python in a worker process
 * per execution environment ({@link WorkerFunction}).
 */
public final class HandlerRuntimes {

    /** The runtimes whose handlers run in this JVM: Java. */
    public static final List<String> JAVA = List.of("java17", "java21");

    /** Lambda runtimes connect-sim will not run: the JVM here runs Java 17 and later. */
    static final List<String> OLD_JAVA = List.of("java8", "java8.al2", "java11");

    private HandlerRuntimes() {
    }

    /** The function {@code binding} describes; fails with a one-line {@link BadHandlerBinding} when it cannot run. */
    public static LambdaFunction load(HandlerBinding binding) {
        Objects.requireNonNull(binding, "binding");
        String runtime = binding.runtime().strip();
        if (JAVA.contains(runtime)) {
            return JavaHandler.load(binding);
        }
        if (WorkerFunction.runs(runtime)) {
            return WorkerFunction.load(binding);
        }
        if (OLD_JAVA.contains(runtime)) {
            throw new BadHandlerBinding("runtime", "runtime " + runtime + " is not supported: connect-sim runs Java "
                    + "handlers on " + String.join(" and ", JAVA) + " (Java 17 or later bytecode)");
        }
        List<String> known = supported();
        throw new BadHandlerBinding("runtime", "unknown runtime '" + runtime + "'" + NearestName.hint(known, runtime)
                + "; expected one of " + String.join(", ", known));
    }

    /** Every runtime whose handlers run: Java, Node.js and Python. */
    public static List<String> supported() {
        List<String> all = new java.util.ArrayList<>(JAVA);
        all.addAll(WorkerFunction.runtimes());
        return List.copyOf(all);
    }
}
