package dev.connectsim.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.connectsim.lambda.FunctionConfig;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaInvocation;
import dev.connectsim.lambda.LambdaOutcome;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.lambda.LambdaRuntime;
import dev.connectsim.time.Scheduler;
import dev.connectsim.time.SimRandom;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Java handler's static state lives as long as its execution environment, as on Lambda: a cold start starts anew. */
class ExecutionEnvironmentTest {

    @TempDir
    Path dir;

    private final Scheduler scheduler = new Scheduler(Instant.parse("2026-01-05T09:00:00Z"));
    private final List<LambdaOutcome> outcomes = new ArrayList<>();

    private LambdaFunction counter() {
        Path code = TeamCodeFixture.classes(dir.resolve("counter"), Map.of("team.Counter", """
                package team;
                import com.amazonaws.services.lambda.runtime.*;
                import java.util.*;
                public class Counter implements RequestHandler<Map<String, Object>, Map<String, Object>> {
                    static int calls;
                    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
                        return Map.of("calls", ++calls);
                    }
                }
                """));
        return HandlerRuntimes.load(new HandlerBinding(JavaHandlerTest.ARN, "java17", code, "counter", "team.Counter",
                Map.of(), Duration.ofSeconds(5), 128, Duration.ZERO));
    }

    /** A simulation's Lambda runtime with {@code function} bound, as every scenario binds the instance file's. */
    private LambdaRuntime runtimeWith(LambdaFunction function) {
        LambdaRegistry registry = new LambdaRegistry().bind(JavaHandlerTest.ARN, FunctionConfig.defaults()
                .withIdleExpiry(Duration.ofMinutes(10)), function);
        return new LambdaRuntime(scheduler, registry, new SimRandom(7));
    }

    private String callsAfterInvoking(LambdaRuntime runtime) {
        runtime.invoke(LambdaInvocation.synchronous(JavaHandlerTest.ARN, JavaHandlerTest.EVENT, 3), outcomes::add);
        scheduler.runFor(Duration.ofSeconds(1));
        LambdaOutcome last = outcomes.get(outcomes.size() - 1);
        return (String) assertInstanceOf(LambdaOutcome.Success.class, last, last::toString).external().get("calls");
    }

    @Test
    void aWarmEnvironmentKeepsTheHandlersStaticStateAndAColdStartStartsAnew() {
        LambdaRuntime runtime = runtimeWith(counter());

        assertEquals("1", callsAfterInvoking(runtime), "a cold start");
        assertEquals("2", callsAfterInvoking(runtime), "the same warm environment");
        scheduler.runFor(Duration.ofMinutes(11));
        assertEquals("1", callsAfterInvoking(runtime), "idle past its expiry, the environment is gone: a cold start");
    }

    @Test
    void twoSimulationsOfOneLoadedInstanceFileShareNoStaticState() {
        LambdaFunction loadedOnce = counter();

        assertEquals("1", callsAfterInvoking(runtimeWith(loadedOnce)));
        assertEquals("1", callsAfterInvoking(runtimeWith(loadedOnce)), "no state from the other simulation");
    }
}
