package dev.connectsim.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.handler.TeamCodeFixture;
import dev.connectsim.lambda.Resolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A function bound as the team's own code (runtime, code, handler ...): it loads, and each bad binding is one line
 * naming the instance file entry, the key, and what is wrong.
 */
class TeamCodeBindingTest {

    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:LookupCustomer";

    @TempDir
    Path dir;

    @BeforeEach
    void compileTheTeamsCode() {
        TeamCodeFixture.classes(dir.resolve("lookup"), Map.of(
                "team.Lookup", """
                        package team;
                        import com.amazonaws.services.lambda.runtime.*;
                        import java.util.*;
                        public class Lookup implements RequestHandler<Map<String, Object>, Map<String, String>> {
                            public Map<String, String> handleRequest(Map<String, Object> event, Context context) {
                                return Map.of("customerName", "Ada");
                            }
                        }
                        """,
                "team.Plain", """
                        package team;
                        public class Plain {
                            public String describe(String first, String second) { return first + second; }
                        }
                        """,
                "team.Fragile", """
                        package team;
                        public class Fragile {
                            static final int TABLE = Integer.parseInt("not a number");
                            public String handle(Object event) { return "never"; }
                        }
                        """));
    }

    private static String function(String keys) {
        return FunctionBindings.instanceFile(ARN, keys);
    }

    private String error(String keys) {
        return FunctionBindings.error(ARN, keys, dir);
    }

    @Test
    void aJavaHandlerBoundWithTheKeysOfASamFunctionLoads() {
        SimulatedInstance loaded = InstanceFile.parse(function("""
                runtime: java17
                code: lookup
                handler: team.Lookup::handleRequest
                environment: {TABLE: customers}
                timeout: 8s
                memory: 512
                after: 200ms
                """), dir, "flows/instance.yaml");

        Resolution.Found found = assertInstanceOf(Resolution.Found.class, loaded.lambdas().resolve(ARN + ":active"));
        assertEquals(java.time.Duration.ofSeconds(8), found.function().config().timeout());
    }

    @Test
    void aTimeoutWrittenAsAWholeNumberIsSecondsAsSamWritesIt() {
        SimulatedInstance loaded = InstanceFile.parse(function("""
                runtime: java21
                code: lookup
                handler: team.Lookup
                timeout: 8
                """), dir, "flows/instance.yaml");

        Resolution.Found found = assertInstanceOf(Resolution.Found.class, loaded.lambdas().resolve(ARN));
        assertEquals(java.time.Duration.ofSeconds(8), found.function().config().timeout());
    }

    @Test
    void noSuchCodePathNamesTheEntryAndThePath() {
        assertEquals("flows/instance.yaml:5:13: lambdas.functions." + ARN + ".code: no such file or folder "
                + "'lookup.jar' (" + dir.resolve("lookup.jar").toAbsolutePath().normalize() + "); expected the "
                + "function's code: a folder of classes, a .zip or a .jar", error("""
                        runtime: java17
                        code: lookup.jar
                        handler: team.Lookup
                        """));
    }

    @Test
    void aHandlerClassThatDoesNotExistNamesTheNearestClass() {
        assertEquals("flows/instance.yaml:6:16: lambdas.functions." + ARN + ".handler: no class team.Lokup in lookup"
                + " (did you mean 'team.Lookup'?)", error("""
                        runtime: java17
                        code: lookup
                        handler: team.Lokup::handleRequest
                        """));
    }

    @Test
    void aMethodThatDoesNotExistNamesTheNearestMethod() {
        String message = error("""
                runtime: java17
                code: lookup
                handler: team.Lookup::handleRequst
                """);

        assertEquals("flows/instance.yaml:6:16: lambdas.functions." + ARN + ".handler: class team.Lookup has no "
                + "public method 'handleRequst' (did you mean 'team.Lookup::handleRequest'?); its public methods: "
                + "handleRequest", message);
    }

    @Test
    void aClassThatDoesNotLoadGivesItsError() {
        assertEquals("flows/instance.yaml:6:16: lambdas.functions." + ARN + ".handler: class team.Fragile does not "
                + "load: its static initialiser threw java.lang.NumberFormatException: For input string: \"not a "
                + "number\"", error("""
                        runtime: java17
                        code: lookup
                        handler: team.Fragile::handle
                        """));
    }

    @Test
    void anUnknownRuntimeNamesTheNearest() {
        assertEquals("flows/instance.yaml:4:16: lambdas.functions." + ARN + ".runtime: unknown runtime 'java-17' (did "
                + "you mean 'java17'?); expected one of java17, java21, nodejs18.x, nodejs20.x, nodejs22.x, python3.9, "
                + "python3.10, python3.11, python3.12, python3.13", error("""
                        runtime: java-17
                        code: lookup
                        handler: team.Lookup
                        """));
    }

    @Test
    void anUnknownKeyNamesTheNearestKey() {
        String message = error("""
                runtme: java17
                code: lookup
                handler: team.Lookup
                """);

        assertEquals("flows/instance.yaml:4:7: lambdas.functions." + ARN + ".runtme: unknown key 'runtme' (did you "
                + "mean 'runtime'?); expected one of: returns, fails, handler, runtime, code, environment, memory, "
                + "after, timeout, coldStart, idleExpiry, reservedConcurrency, duration", message);
    }

    @Test
    void aCannedReplyWithTheTeamsCodeIsRefused() {
        assertEquals("flows/instance.yaml:7:16: lambdas.functions." + ARN + ".returns: 'returns' is a reply "
                + "connect-sim gives for the function; with runtime and code the team's handler answers: keep one or "
                + "the other", error("""
                        runtime: java17
                        code: lookup
                        handler: team.Lookup
                        returns: {customerName: Ada}
                        """));
    }

    @Test
    void aClassThatIsNoHandlerSaysWhichShapesLambdaTakes() {
        assertEquals("flows/instance.yaml:6:16: lambdas.functions." + ARN + ".handler: class team.Plain implements "
                + "neither RequestHandler nor RequestStreamHandler; name its method as team.Plain::<method>; its "
                + "public methods: describe", error("""
                        runtime: java17
                        code: lookup
                        handler: team.Plain
                        """));
        assertEquals("flows/instance.yaml:6:16: lambdas.functions." + ARN + ".handler: team.Plain::describe takes "
                + "(String, String); expected (event), (event, Context), (InputStream, OutputStream) or (InputStream, "
                + "OutputStream, Context)", error("""
                        runtime: java17
                        code: lookup
                        handler: team.Plain::describe
                        """));
    }

    @Test
    void aJarThatIsNotAJarSaysSo() throws IOException {
        Files.writeString(dir.resolve("lookup.jar"), "not a zip archive");

        String message = error("""
                runtime: java17
                code: lookup.jar
                handler: team.Lookup
                """);

        assertTrue(message.startsWith("flows/instance.yaml:5:13: lambdas.functions." + ARN + ".code: 'lookup.jar' is "
                + "not a .jar or .zip archive: it cannot be read as a zip file ("), message);
    }

    @Test
    void aClassCompiledForANewerJavaSaysWhichJavaEachIs() throws IOException {
        Path newer = Files.createDirectories(dir.resolve("newer/team"));
        byte[] bytes = Files.readAllBytes(dir.resolve("lookup/team/Lookup.class"));
        bytes[6] = 0;
        bytes[7] = (byte) 99;
        Files.write(newer.resolve("Lookup.class"), bytes);
        int runs = Runtime.version().feature();

        assertEquals("flows/instance.yaml:6:16: lambdas.functions." + ARN + ".handler: class team.Lookup does not "
                + "load: team.Lookup is compiled for Java 55 (class file version 99); connect-sim runs on Java " + runs
                + ": run it on a newer Java or compile the function with --release " + runs, error("""
                        runtime: java17
                        code: newer
                        handler: team.Lookup
                        """));
    }

    @Test
    void anUnknownScenarioValueInTheEnvironmentNamesTheNearest() {
        assertEquals("flows/instance.yaml:7:20: lambdas.functions." + ARN + ".environment: SALESFORCE_URL: no "
                + "scenario value 'salesforce.ur' (did you mean ${salesforce.url}?); ${...} names one of salesforce.url"
                + " ($${ writes a literal ${)", error("""
                        runtime: java17
                        code: lookup
                        handler: team.Lookup
                        environment: {SALESFORCE_URL: "${salesforce.ur}/services"}
                        """));
    }

    @Test
    void aVariableLambdaReservesIsRefused() {
        String message = error("""
                runtime: java17
                code: lookup
                handler: team.Lookup
                environment: {AWS_REGION: eu-west-1}
                """);

        assertTrue(message.startsWith("flows/instance.yaml:7:20: lambdas.functions." + ARN + ".environment: "
                + "AWS_REGION is reserved: Lambda sets it itself, a function's configuration cannot (reserved: "),
                message);
    }

    @Test
    void aDurationIsMeasuredOrDeclaredAndMeasuredGoesWithoutAfter() {
        assertEquals("flows/instance.yaml:7:17: lambdas.functions." + ARN + ".duration: 'measure' is not a duration "
                + "(did you mean 'measured'?); expected measured (the handler's real running time) or declared (after"
                + " plus the time it sleeps)", error("""
                        runtime: java17
                        code: lookup
                        handler: team.Lookup
                        duration: measure
                        """));
        assertEquals("flows/instance.yaml:7:17: lambdas.functions." + ARN + ".duration: duration: measured charges "
                + "the handler's real running time, so 'after' has no meaning with it: keep one or the other",
                error("""
                        runtime: java17
                        code: lookup
                        handler: team.Lookup
                        duration: measured
                        after: 200ms
                        """));
    }
}
