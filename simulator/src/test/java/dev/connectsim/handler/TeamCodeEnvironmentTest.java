package dev.connectsim.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.lambda.ColdStart;
import dev.connectsim.lambda.LambdaContext;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaReply;
import dev.connectsim.lambda.ScenarioValues;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's Java code sees its own execution environment, not connect-sim's JVM: the binding's environment
 * variables and Lambda's, the virtual clock, sleeping that costs virtual time, randomness seeded from the run, and
 * its prints in the invocation's log.
 */
class TeamCodeEnvironmentTest {

    private static final String ARN = JavaHandlerTest.ARN;
    private static final Instant NOW = JavaHandlerTest.NOW;

    @TempDir
    Path dir;

    private LambdaFunction environment(String source, Map<String, String> variables, boolean measured, long seed,
            int number) {
        Path code = TeamCodeFixture.classes(dir.resolve("classes"), Map.of("team.Probe", source));
        HandlerBinding binding = new HandlerBinding(ARN, "java17", code, "classes", "team.Probe", variables,
                Duration.ofSeconds(5), 512, measured ? Duration.ofSeconds(4) : Duration.ofMillis(200), measured);
        return HandlerRuntimes.load(binding).newEnvironment(new ColdStart(ARN, number, NOW.minusMillis(500), seed,
                name -> Optional.of("http://127.0.0.1:54321")));
    }

    private LambdaFunction environment(String source) {
        return environment(source, Map.of(), false, 7, 1);
    }

    private static LambdaContext attempt(Instant now) {
        return new LambdaContext("5f1c1c6e-0000-4000-8000-000000000001", ARN, ARN, 1, now, true,
                Duration.ofSeconds(5), Optional.of(now.plusSeconds(3)));
    }

    private static LambdaReply.Returned returned(LambdaReply reply) {
        return assertInstanceOf(LambdaReply.Returned.class, reply, reply::toString);
    }

    private static Map<?, ?> body(LambdaReply reply) {
        return (Map<?, ?>) returned(reply).body();
    }

    private static final String PROBE = """
            package team;
            import com.amazonaws.services.lambda.runtime.*;
            import java.util.*;
            public class Probe implements RequestHandler<Map<String, Object>, Map<String, String>> {
                public Map<String, String> handleRequest(Map<String, Object> event, Context context) {
                    Map<String, String> seen = new TreeMap<>();
                    %s
                    return seen;
                }
            }
            """;

    private static String probe(String body) {
        return PROBE.formatted(body);
    }

    @Test
    void systemGetenvGivesTheBindingsVariablesWithTheScenariosValuesAndLambdasOwnAndNothingOfConnectSimsProcess() {
        LambdaFunction function = environment(probe("""
                seen.put("TABLE", System.getenv("TABLE"));
                seen.put("SALESFORCE_URL", System.getenv("SALESFORCE_URL"));
                seen.put("literal", System.getenv("LITERAL"));
                for (String name : List.of("AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_VERSION",
                        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_EXECUTION_ENV",
                        "AWS_LAMBDA_LOG_GROUP_NAME", "TZ", "_HANDLER")) {
                    seen.put(name, System.getenv(name));
                }
                seen.put("stream", System.getenv().get("AWS_LAMBDA_LOG_STREAM_NAME")
                        .equals(context.getLogStreamName()) ? "the context's" : "another");
                seen.put("HOME", String.valueOf(System.getenv("HOME")));
                """), Map.of("TABLE", "customers", "SALESFORCE_URL", "${salesforce.url}/services",
                "LITERAL", "$${salesforce.url}"), false, 7, 1);

        Map<?, ?> seen = body(function.handle(JavaHandlerTest.EVENT, attempt(NOW)));

        assertEquals("customers", seen.get("TABLE"));
        assertEquals("http://127.0.0.1:54321/services", seen.get("SALESFORCE_URL"), "the scenario's URL");
        assertEquals("${salesforce.url}", seen.get("literal"), "$${ writes ${");
        assertEquals("LookupCustomer", seen.get("AWS_LAMBDA_FUNCTION_NAME"));
        assertEquals("$LATEST", seen.get("AWS_LAMBDA_FUNCTION_VERSION"));
        assertEquals("512", seen.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"));
        assertEquals("us-east-1", seen.get("AWS_REGION"));
        assertEquals("us-east-1", seen.get("AWS_DEFAULT_REGION"));
        assertEquals("AWS_Lambda_java17", seen.get("AWS_EXECUTION_ENV"));
        assertEquals("/aws/lambda/LookupCustomer", seen.get("AWS_LAMBDA_LOG_GROUP_NAME"));
        assertEquals(":UTC", seen.get("TZ"));
        assertEquals("team.Probe", seen.get("_HANDLER"));
        assertEquals("the context's", seen.get("stream"));
        assertEquals("null", seen.get("HOME"), "connect-sim's own environment stays out");
    }

    @Test
    void everyClockTheCodeReadsShowsTheAttemptsVirtualInstantAndSleepingAdvancesItAndCostsVirtualTime() {
        LambdaFunction function = environment(probe("""
                seen.put("millis", String.valueOf(System.currentTimeMillis()));
                seen.put("instant", java.time.Instant.now().toString());
                seen.put("remaining", String.valueOf(context.getRemainingTimeInMillis()));
                long start = System.nanoTime();
                try {
                    Thread.sleep(1500);
                    java.util.concurrent.TimeUnit.MILLISECONDS.sleep(250);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                seen.put("slept", String.valueOf((System.nanoTime() - start) / 1_000_000));
                seen.put("date", String.valueOf(new Date().getTime()));
                seen.put("local", java.time.LocalDateTime.now().toString());
                seen.put("clock", java.time.Clock.systemUTC().instant().toString());
                seen.put("zoned", java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Paris")).toString());
                seen.put("zone", java.time.ZoneId.systemDefault().getId());
                seen.put("later", String.valueOf(context.getRemainingTimeInMillis()));
                """));

        LambdaReply reply = function.handle(JavaHandlerTest.EVENT, attempt(NOW));
        Map<?, ?> seen = body(reply);

        assertEquals(String.valueOf(NOW.toEpochMilli()), seen.get("millis"));
        assertEquals("2026-01-05T09:00:01Z", seen.get("instant"));
        assertEquals("3000", seen.get("remaining"));
        assertEquals("1750", seen.get("slept"), "nanoTime counts the virtual sleep");
        assertEquals(String.valueOf(NOW.plusMillis(1750).toEpochMilli()), seen.get("date"));
        assertEquals("2026-01-05T09:00:02.750", seen.get("local"), "in UTC, Lambda's zone");
        assertEquals("2026-01-05T09:00:02.750Z", seen.get("clock"));
        assertEquals("2026-01-05T10:00:02.750+01:00[Europe/Paris]", seen.get("zoned"));
        assertEquals("UTC", seen.get("zone"));
        assertEquals("1250", seen.get("later"), "the slept time counts down the Context too");
        assertEquals(Duration.ofMillis(200 + 1750), reply.runsFor(), "after plus the time slept");
    }

    @Test
    void aMethodReferenceToTheClockTheEnvironmentOrRandomReadsTheEnvironmentsToo() {
        LambdaFunction function = environment(probe("""
                java.util.function.Supplier<java.time.Instant> clock = java.time.Instant::now;
                java.util.function.Function<String, String> variable = System::getenv;
                java.util.function.Supplier<Random> random = Random::new;
                java.util.function.LongSupplier millis = System::currentTimeMillis;
                seen.put("clock", clock.get().toString());
                seen.put("table", variable.apply("TABLE"));
                seen.put("millis", String.valueOf(millis.getAsLong()));
                random.get();
                seen.put("random", String.valueOf(random.get().nextInt()));
                """), Map.of("TABLE", "customers"), false, 7, 1);
        LambdaFunction again = environment(probe("""
                java.util.function.Supplier<Random> random = Random::new;
                random.get();
                seen.put("random", String.valueOf(random.get().nextInt()));
                """), Map.of(), false, 7, 1);

        Map<?, ?> seen = body(function.handle(JavaHandlerTest.EVENT, attempt(NOW)));

        assertEquals("2026-01-05T09:00:01Z", seen.get("clock"));
        assertEquals("customers", seen.get("table"));
        assertEquals(String.valueOf(NOW.toEpochMilli()), seen.get("millis"));
        assertEquals(body(again.handle(JavaHandlerTest.EVENT, attempt(NOW))).get("random"), seen.get("random"),
                "the second Random of the environment, seeded alike");
    }

    @Test
    void aHandlerThatSleepsPastItsTimeoutIsStoppedThereInsteadOfHanging() {
        LambdaFunction function = environment(probe("""
                boolean polling = true;
                while (polling) {
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        polling = false;
                    }
                }
                """));

        LambdaReply reply = function.handle(JavaHandlerTest.EVENT, attempt(NOW));

        LambdaReply.Failed failed = assertInstanceOf(LambdaReply.Failed.class, reply);
        assertEquals("Sandbox.Timedout", failed.errorType());
        assertTrue(reply.runsFor().compareTo(Duration.ofSeconds(5)) > 0, "past the 5 s timeout: " + reply.runsFor());
    }

    @Test
    void aHandlerThatCallsSystemExitFailsItsInvocationAsLambdaReportsItAndConnectSimGoesOn() {
        LambdaFunction function = environment(probe("""
                if (event.containsKey("Details")) {
                    System.exit(3);
                }
                """));

        LambdaReply.Failed failed = assertInstanceOf(LambdaReply.Failed.class, function.handle(JavaHandlerTest.EVENT,
                attempt(NOW)));

        assertEquals("Runtime.ExitError", failed.errorType());
        assertEquals("Runtime exited with error: exit status 3", failed.errorMessage());
    }

    @Test
    void randomnessIsSeededFromTheRunTheFunctionAndTheEnvironment() {
        String source = probe("""
                seen.put("random", String.valueOf(new Random().nextInt()));
                seen.put("math", String.valueOf(Math.random()));
                seen.put("uuid", UUID.randomUUID().toString());
                """);

        Map<?, ?> first = body(environment(source, Map.of(), false, 7, 1).handle(JavaHandlerTest.EVENT,
                attempt(NOW)));
        Map<?, ?> again = body(environment(source, Map.of(), false, 7, 1).handle(JavaHandlerTest.EVENT,
                attempt(NOW)));
        Map<?, ?> otherEnvironment = body(environment(source, Map.of(), false, 7, 2).handle(JavaHandlerTest.EVENT,
                attempt(NOW)));
        Map<?, ?> otherSeed = body(environment(source, Map.of(), false, 8, 1).handle(JavaHandlerTest.EVENT,
                attempt(NOW)));

        assertEquals(first, again, "the same run, the same numbers");
        assertNotEquals(first.get("random"), otherEnvironment.get("random"));
        assertNotEquals(first.get("uuid"), otherSeed.get("uuid"));
        assertEquals('4', ((String) first.get("uuid")).charAt(14), "a version-4 UUID");
    }

    @Test
    void whatTheCodePrintsAndLogsIsTheInvocationsLogInOrderWithWhatItsStaticInitialiserPrintedFirst() {
        LambdaFunction function = environment("""
                package team;
                import com.amazonaws.services.lambda.runtime.*;
                import java.util.*;
                public class Probe implements RequestHandler<Map<String, Object>, String> {
                    static {
                        System.out.println("warming up");
                    }
                    public String handleRequest(Map<String, Object> event, Context context) {
                        System.out.println("to standard out");
                        context.getLogger().log("through the logger\\n");
                        System.err.print("to standard error, ");
                        System.err.println("one line");
                        System.out.print("unfinished");
                        return "done";
                    }
                }
                """);

        LambdaReply first = function.handle(JavaHandlerTest.EVENT, attempt(NOW));
        LambdaReply second = function.handle(JavaHandlerTest.EVENT, attempt(NOW.plusSeconds(1)));

        assertEquals(List.of("warming up", "to standard out", "through the logger", "to standard error, one line",
                "unfinished"), first.log());
        assertEquals(List.of("to standard out", "through the logger", "to standard error, one line", "unfinished"),
                second.log(), "the static initialiser ran once, in this environment's cold start");
    }

    @Test
    void aMeasuredDurationIsTheHandlersRealRunningTimePlusWhatItSleptNotItsAfter() {
        LambdaFunction function = environment(probe("""
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                """), Map.of(), true, 7, 1);

        LambdaReply reply = function.handle(JavaHandlerTest.EVENT, attempt(NOW));

        assertTrue(reply.runsFor().compareTo(Duration.ofSeconds(2)) > 0, "2 s slept and some real time: "
                + reply.runsFor());
        assertTrue(reply.runsFor().compareTo(Duration.ofSeconds(4)) < 0, "not the binding's 4 s after: "
                + reply.runsFor());
    }

    @Test
    void withoutAScenarioTheSalesforceUrlIsOneWhereNothingAnswers() {
        Path code = TeamCodeFixture.classes(dir.resolve("classes"), Map.of("team.Probe", probe("""
                seen.put("url", System.getenv("SALESFORCE_URL"));
                """)));
        HandlerBinding binding = new HandlerBinding(ARN, "java17", code, "classes", "team.Probe",
                Map.of("SALESFORCE_URL", "${salesforce.url}"), Duration.ofSeconds(5), 512, Duration.ZERO);

        LambdaFunction function = HandlerRuntimes.load(binding).newEnvironment(new ColdStart(ARN, 1, NOW, 1,
                ScenarioValues.NONE));

        assertEquals(FunctionEnvironment.NO_SCENARIO_URL, body(function.handle(JavaHandlerTest.EVENT, attempt(NOW)))
                .get("url"));
        assertNull(System.getenv("SALESFORCE_URL"), "connect-sim's own environment is untouched");
    }
}
