package dev.connectsim.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's Java handler gets the Connect event and a Context on virtual time, and answers as Lambda would. */
class JavaHandlerTest {

    static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:LookupCustomer";
    static final Instant NOW = Instant.parse("2026-01-05T09:00:01Z");

    @TempDir
    Path dir;

    static final ContactFlowEvent EVENT = new ContactFlowEvent(ContactData.voice("c-1")
            .customerEndpoint(ContactData.Endpoint.phoneNumber("+15550100")).build(), Map.of("purpose", "greeting"));

    private LambdaFunction load(Path code, String handler) {
        return HandlerRuntimes.load(new HandlerBinding(ARN, "java17", code, code.getFileName().toString(), handler,
                Map.of(), Duration.ofSeconds(5), 512, Duration.ofMillis(200)));
    }

    private Path code(String className, String source) {
        return TeamCodeFixture.classes(dir.resolve("classes"), Map.of(className, source));
    }

    private static LambdaContext attempt(int number, Instant now) {
        return new LambdaContext("5f1c1c6e-0000-4000-8000-000000000001", ARN + ":active", ARN, number, now, true,
                Duration.ofSeconds(5), Optional.of(Instant.parse("2026-01-05T09:00:03Z")));
    }

    private static LambdaReply.Returned returned(LambdaReply reply) {
        return assertInstanceOf(LambdaReply.Returned.class, reply, reply::toString);
    }

    @Test
    void aRequestHandlerOfAMapGetsTheConnectEventAndItsReplyIsWhatItReturnsAfterItsBindingsTime() {
        LambdaFunction function = load(code("team.Lookup", """
                package team;
                import com.amazonaws.services.lambda.runtime.*;
                import java.util.*;
                public class Lookup implements RequestHandler<Map<String, Object>, Map<String, String>> {
                    @SuppressWarnings("unchecked")
                    public Map<String, String> handleRequest(Map<String, Object> event, Context context) {
                        Map<String, Object> details = (Map<String, Object>) event.get("Details");
                        Map<String, Object> contact = (Map<String, Object>) details.get("ContactData");
                        Map<String, Object> parameters = (Map<String, Object>) details.get("Parameters");
                        return Map.of("contact", (String) contact.get("ContactId"),
                                "purpose", (String) parameters.get("purpose"), "name", (String) event.get("Name"));
                    }
                }
                """), "team.Lookup::handleRequest");

        LambdaReply.Returned reply = returned(function.handle(EVENT, attempt(1, NOW)));

        assertEquals(Map.of("contact", "c-1", "purpose", "greeting", "name", "ContactFlowEvent"), reply.body());
        assertEquals(Duration.ofMillis(200), reply.runsFor(), "the binding's after");
    }

    @Test
    void anInputClassIsBoundFromTheEventByJacksonIgnoringWhatItDoesNotHave() {
        LambdaFunction function = load(code("team.Typed", """
                package team;
                import com.amazonaws.services.lambda.runtime.*;
                import java.util.*;
                public class Typed implements RequestHandler<Typed.Event, Map<String, String>> {
                    public static class Event { public String Name; public Map<String, Object> Details; }
                    public Map<String, String> handleRequest(Event event, Context context) {
                        return Map.of("name", event.Name, "keys", String.join(",", new TreeSet<>(event.Details.keySet())));
                    }
                }
                """), "team.Typed");

        assertEquals(Map.of("name", "ContactFlowEvent", "keys", "ContactData,Parameters"),
                returned(function.handle(EVENT, attempt(1, NOW))).body());
    }

    @Test
    void aRequestStreamHandlerReadsTheEventsJsonAndWhatItWritesIsTheReply() {
        LambdaFunction function = load(code("team.Streamed", """
                package team;
                import com.amazonaws.services.lambda.runtime.*;
                import java.io.*;
                import java.nio.charset.StandardCharsets;
                public class Streamed implements RequestStreamHandler {
                    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
                        String event = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        out.write(("{\\"sawContact\\": \\"" + event.contains("\\"ContactId\\":\\"c-1\\"") + "\\"}")
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
                """), "team.Streamed");

        assertEquals(Map.of("sawContact", "true"), returned(function.handle(EVENT, attempt(1, NOW))).body());
    }

    @Test
    void aPlainStaticMethodTakingTheEventIsAHandlerToo() {
        LambdaFunction function = load(code("team.Plain", """
                package team;
                import java.util.*;
                public class Plain {
                    public static Map<String, Object> lookUp(Map<String, Object> event) {
                        return Map.of("seen", event.get("Name"), "count", 3);
                    }
                }
                """), "team.Plain::lookUp");

        assertEquals(Map.of("seen", "ContactFlowEvent", "count", 3), returned(function.handle(EVENT, attempt(1, NOW)))
                .body(), "the reply as JSON; the block's validation decides what Connect keeps");
    }

    @Test
    void theContextCountsDownInVirtualTimeToTheEarlierOfTheTimeoutAndTheBlocksLimitAndItsLoggerWritesTheAttemptsLog() {
        LambdaFunction function = load(code("team.Context", """
                package team;
                import com.amazonaws.services.lambda.runtime.*;
                import java.util.*;
                public class Context implements RequestHandler<Map<String, Object>, Map<String, String>> {
                    public Map<String, String> handleRequest(Map<String, Object> event,
                            com.amazonaws.services.lambda.runtime.Context context) {
                        context.getLogger().log("remaining " + context.getRemainingTimeInMillis() + "\\n");
                        context.getLogger().log("second line".getBytes());
                        return Map.of("id", context.getAwsRequestId(), "name", context.getFunctionName(),
                                "version", context.getFunctionVersion(), "arn", context.getInvokedFunctionArn(),
                                "memory", String.valueOf(context.getMemoryLimitInMB()),
                                "remaining", String.valueOf(context.getRemainingTimeInMillis()),
                                "group", context.getLogGroupName());
                    }
                }
                """), "team.Context");

        LambdaReply first = function.handle(EVENT, attempt(1, NOW));
        LambdaReply retry = function.handle(EVENT, attempt(2, NOW.plusMillis(1100)));

        @SuppressWarnings("unchecked")
        Map<String, String> seen = (Map<String, String>) returned(first).body();
        assertEquals("5f1c1c6e-0000-4000-8000-000000000001", seen.get("id"), "the invocation's seeded id");
        assertEquals("LookupCustomer", seen.get("name"));
        assertEquals("$LATEST", seen.get("version"));
        assertEquals(ARN + ":active", seen.get("arn"), "the ARN the flow named");
        assertEquals("512", seen.get("memory"));
        assertEquals("/aws/lambda/LookupCustomer", seen.get("group"));
        assertEquals("2000", seen.get("remaining"), "the block's limit ends 2 s after the handler starts, before the"
                + " 5 s timeout");
        assertEquals(List.of("remaining 2000", "second line"), first.log());
        @SuppressWarnings("unchecked")
        Map<String, String> retried = (Map<String, String>) returned(retry).body();
        assertEquals("900", retried.get("remaining"), "1.1 s later, 0.9 s remain");
        assertNotEquals(seen.get("id"), retried.get("id"), "a retry is a new request");
        assertEquals(retried.get("id"), ((Map<?, ?>) returned(function.handle(EVENT, attempt(2, NOW.plusMillis(1100))))
                .body()).get("id"), "derived from the seeded id, so the same on every run");
    }

    @Test
    void aHandlerThatThrowsFailsWithItsExceptionsClassNameAsErrorTypeAndKeepsWhatItLogged() {
        LambdaFunction function = load(code("team.Broken", """
                package team;
                import com.amazonaws.services.lambda.runtime.*;
                import java.util.*;
                public class Broken implements RequestHandler<Map<String, Object>, String> {
                    public String handleRequest(Map<String, Object> event, Context context) {
                        context.getLogger().log("connecting to the database");
                        throw new IllegalStateException("the customer database is unavailable");
                    }
                }
                """), "team.Broken");

        LambdaReply.Failed failed = assertInstanceOf(LambdaReply.Failed.class, function.handle(EVENT, attempt(1, NOW)));

        assertEquals("java.lang.IllegalStateException", failed.errorType());
        assertEquals("the customer database is unavailable", failed.errorMessage());
        assertEquals(List.of("connecting to the database"), failed.log());
        assertEquals(Duration.ofMillis(200), failed.runsFor());
    }

    @Test
    void eachFunctionHasItsOwnClassLoaderThatSeesNoneOfConnectSimsClasses() {
        Path code = code("team.Counter", """
                package team;
                import com.amazonaws.services.lambda.runtime.*;
                import java.util.*;
                public class Counter implements RequestHandler<Map<String, Object>, Map<String, Object>> {
                    static int calls;
                    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
                        boolean seesConnectSim;
                        try {
                            Class.forName("dev.connectsim.lambda.LambdaRuntime");
                            seesConnectSim = true;
                        } catch (ClassNotFoundException e) {
                            seesConnectSim = false;
                        }
                        return Map.of("calls", ++calls, "seesConnectSim", seesConnectSim);
                    }
                }
                """);
        LambdaFunction one = load(code, "team.Counter");
        LambdaFunction other = load(code, "team.Counter");

        one.handle(EVENT, attempt(1, NOW));
        Map<?, ?> second = (Map<?, ?>) returned(one.handle(EVENT, attempt(1, NOW))).body();
        Map<?, ?> otherFirst = (Map<?, ?>) returned(other.handle(EVENT, attempt(1, NOW))).body();

        assertEquals(2, second.get("calls"));
        assertEquals(1, otherFirst.get("calls"), "another function's statics are its own");
        assertEquals(false, second.get("seesConnectSim"));
    }

    @Test
    void aZipWithItsDependenciesInLibLoadsThem() throws IOException {
        Path dependency = TeamCodeFixture.classes(dir.resolve("dep"), Map.of("lib.Greeting", """
                package lib;
                public class Greeting { public static String of(String name) { return "hello " + name; } }
                """));
        Path layout = dir.resolve("layout");
        TeamCodeFixture.classes(layout, Map.of("team.Greeter", """
                package team;
                import java.util.*;
                public class Greeter {
                    public Map<String, String> greet(Map<String, Object> event) {
                        return Map.of("greeting", lib.Greeting.of((String) event.get("Name")));
                    }
                }
                """), dependency);
        TeamCodeFixture.archive(dependency, Files.createDirectories(layout.resolve("lib")).resolve("greeting.jar"), "");
        Path zip = TeamCodeFixture.archive(layout, dir.resolve("function.zip"), "");

        assertEquals(Map.of("greeting", "hello ContactFlowEvent"),
                returned(load(zip, "team.Greeter::greet").handle(EVENT, attempt(1, NOW))).body());
    }
}
