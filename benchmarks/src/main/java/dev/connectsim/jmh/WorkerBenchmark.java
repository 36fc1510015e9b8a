package dev.connectsim.jmh;

import dev.connectsim.handler.HandlerBinding;
import dev.connectsim.handler.HandlerRuntimes;
import dev.connectsim.lambda.ContactData;
import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.LambdaContext;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaReply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A team's Node.js or Python handler in its worker process, real time: what a cold start costs (a new execution
 * environment: the worker process starts, loads the handler's module and answers its first invocation, then ends),
 * and what one invocation of a warm environment costs (the event to the worker and the reply back, as JSON lines).
 * The handler reads the caller's number and answers a two-key map, as the project's own functions do.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkerBenchmark {

    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:Bench";
    private static final ContactFlowEvent EVENT = new ContactFlowEvent(ContactData.voice("c-1")
            .customerEndpoint(ContactData.Endpoint.phoneNumber("+15550100")).build(), Map.of("purpose", "bench"));

    @Param({"nodejs20.x", "python3.12"})
    public String runtime;

    private Path code;
    private LambdaFunction function;
    private LambdaFunction warm;
    private long invocations;

    @Setup
    public void load() throws IOException {
        code = Files.createTempDirectory("connect-sim-bench-worker");
        Files.writeString(code.resolve("index.js"), """
                exports.handler = async (event) => ({
                  found: 'true', caller: event.Details.ContactData.CustomerEndpoint.Address });
                """);
        Files.writeString(code.resolve("handler.py"), """
                def lambda_handler(event, context):
                    return {"found": "true", "caller": event["Details"]["ContactData"]["CustomerEndpoint"]["Address"]}
                """);
        String handler = runtime.startsWith("nodejs") ? "index.handler" : "handler.lambda_handler";
        function = HandlerRuntimes.load(new HandlerBinding(ARN, runtime, code, "bench", handler, Map.of(),
                Duration.ofSeconds(8), 128, Duration.ZERO));
        warm = function.newEnvironment();
        warm.handle(EVENT, context());
    }

    @TearDown
    public void end() throws IOException {
        warm.close();
        try (var files = Files.list(code)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(code);
    }

    private LambdaContext context() {
        invocations++;
        return new LambdaContext("00000000-0000-4000-8000-" + String.format("%012d", invocations), ARN, ARN, 1,
                Instant.parse("2026-01-05T09:00:00Z"), false, Duration.ofSeconds(8),
                Optional.of(Instant.parse("2026-01-05T09:00:08Z")));
    }

    /** A cold start: a new environment's worker starts, loads the module, answers once, and ends. */
    @Benchmark
    public LambdaReply coldStart() {
        LambdaFunction environment = function.newEnvironment();
        try {
            return environment.handle(EVENT, context());
        } finally {
            environment.close();
        }
    }

    /** One invocation of a warm environment. */
    @Benchmark
    public LambdaReply warmInvocation() {
        return warm.handle(EVENT, context());
    }
}
