package dev.connectsim.handler.worker;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.connectsim.handler.HandlerBinding;
import dev.connectsim.lambda.ContactData;
import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.FunctionConfig;
import dev.connectsim.lambda.LambdaAttempt;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaInvocation;
import dev.connectsim.lambda.LambdaOutcome;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.lambda.LambdaRuntime;
import dev.connectsim.time.Scheduler;
import dev.connectsim.time.SimRandom;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A team's Node.js or Python function for a test: its files written into a folder, bound in a simulation's Lambda
 * runtime as a scenario binds the instance file's, and invoked as a flow's block invokes it.
 */
final class WorkerRun implements AutoCloseable {

    static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:TeamFunction";
    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    static final ContactFlowEvent EVENT = new ContactFlowEvent(ContactData.voice("c-1")
            .customerEndpoint(ContactData.Endpoint.phoneNumber("+15550100")).build(),
            Map.of("purpose", "greeting"));

    static final Duration TIMEOUT = Duration.ofSeconds(8);

    final Scheduler scheduler = new Scheduler(START);
    final List<LambdaOutcome> outcomes = new ArrayList<>();
    final LambdaRuntime runtime;

    /** A run of {@code function}, whose timeout is {@code timeout}, with ids drawn from {@code seed}. */
    WorkerRun(LambdaFunction function, long seed, Duration timeout) {
        LambdaRegistry registry = new LambdaRegistry().bind(ARN, FunctionConfig.defaults().withTimeout(timeout)
                .withIdleExpiry(Duration.ofMinutes(10)), function);
        runtime = new LambdaRuntime(scheduler, registry, new SimRandom(seed));
    }

    /** A run of a function bound by {@link #binding}. */
    WorkerRun(LambdaFunction function, long seed) {
        this(function, seed, TIMEOUT);
    }

    WorkerRun(LambdaFunction function) {
        this(function, 7);
    }

    /** What a successful attempt answered; fails the test, saying what happened, on any other outcome. */
    static Map<String, Object> external(LambdaOutcome outcome) {
        return assertInstanceOf(LambdaOutcome.Success.class, outcome, outcome::toString).external();
    }

    /** What {@code function} answers under {@code key} on its first invocation of a run seeded with {@code seed}. */
    static Object firstAnswer(LambdaFunction function, long seed, String key) {
        try (WorkerRun run = new WorkerRun(function, seed)) {
            return external(run.invoke(3)).get(key);
        }
    }

    /** Writes {@code files} (name to text) into {@code folder}. */
    static Path code(Path folder, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A binding of the code in {@code folder}, with an 8 s timeout and no {@code after}. */
    static HandlerBinding binding(String runtime, Path folder, String handler) {
        return new HandlerBinding(ARN, runtime, folder, folder.getFileName().toString(), handler, Map.of("TABLE",
                "customers"), TIMEOUT, 256, Duration.ZERO);
    }

    /** Invokes the function with an {@code limitSeconds} time limit and runs until its outcome is known. */
    LambdaOutcome invoke(int limitSeconds) {
        runtime.invoke(LambdaInvocation.synchronous(ARN, EVENT, limitSeconds), outcomes::add);
        scheduler.runFor(Duration.ofSeconds(limitSeconds + 1));
        return outcomes.get(outcomes.size() - 1);
    }

    List<LambdaAttempt> attempts() {
        return runtime.log().attempts();
    }

    /** How long attempt {@code index} ran, in virtual time, from its handler's start to its end. */
    Duration ran(int index) {
        LambdaAttempt attempt = attempts().get(index);
        return Duration.between(attempt.startedAt(), attempt.endedAt());
    }

    /** Every line the attempts logged. */
    List<String> log() {
        return attempts().stream().flatMap(attempt -> attempt.log().stream()).toList();
    }

    @Override
    public void close() {
        runtime.close();
    }
}
