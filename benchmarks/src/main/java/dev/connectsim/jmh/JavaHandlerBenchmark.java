package dev.connectsim.jmh;

import dev.connectsim.handler.HandlerBinding;
import dev.connectsim.handler.HandlerRuntimes;
import dev.connectsim.lambda.ColdStart;
import dev.connectsim.lambda.ContactData;
import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.LambdaContext;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaReply;
import dev.connectsim.lambda.ScenarioValues;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * A team's Java function, the reference project's LookupCustomer (its jar built by the same package): a cold start
 * (a new class loader that reads, rewrites and defines the function's classes, runs their static initialisers and
 * creates the handler) and one invocation in a warm environment (the event bound to the handler's input, its
 * reply turned into JSON, its log collected). Run from the repository's root, or name the jar with {@code -p jar=}.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JavaHandlerBenchmark extends HotPath {

    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:LookupCustomer";
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final ContactFlowEvent EVENT = new ContactFlowEvent(ContactData.voice("c-1")
            .customerEndpoint(ContactData.Endpoint.phoneNumber("+15550100")).build(), Map.of("purpose", "greeting"));
    private static final LambdaContext ATTEMPT = new LambdaContext("5f1c1c6e-0000-4000-8000-000000000001", ARN, ARN,
            1, NOW, false, Duration.ofSeconds(5), Optional.of(NOW.plusSeconds(3)));

    @Param("lambdas/lookup-customer/target/lookup-customer.jar")
    public String jar;

    private LambdaFunction function;
    private LambdaFunction warm;
    private int environments;

    @Setup
    public void load() {
        Path code = Path.of(jar);
        function = HandlerRuntimes.load(new HandlerBinding(ARN, "java17", code, jar,
                "dev.connectsim.example.LookupCustomer::handleRequest", Map.of("CUSTOMER_TABLE", "customers"),
                Duration.ofSeconds(5), 512, Duration.ofMillis(200)));
        warm = coldStart();
    }

    /** A new execution environment: class loader, rewritten classes, static initialisers, the handler object. */
    @Benchmark
    public LambdaFunction coldStart() {
        return function.newEnvironment(new ColdStart(ARN, ++environments, NOW, 1, ScenarioValues.NONE));
    }

    /** One invocation of the handler in a warm environment. */
    @Benchmark
    public LambdaReply invoke() {
        return warm.handle(EVENT, ATTEMPT);
    }
}
