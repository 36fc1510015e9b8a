package dev.connectsim.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The reference project's own Java function (LookupCustomer, called by the Customer Lookup flow) on a scenario's
 * timeline: what it logged, its errors, and one line saying why the block took its error branch.
 */
class TeamFunctionTimelineTest {

    private static String timelineOfACallFrom(String caller) {
        return timelineOfACallFrom(caller, world -> { });
    }

    private static String timelineOfACallFrom(String caller, Consumer<ScenarioWorld> given) {
        try (ScenarioWorld world = ScenarioWorld.in(Path.of(".."))) {
            given.accept(world);
            world.customerCalls("+18005550200", caller);
            world.runFor(Duration.ofSeconds(10));
            return world.timeline().describe();
        }
    }

    private static long count(String text, String part) {
        return text.lines().filter(line -> line.contains(part)).count();
    }

    private static long attemptsEndingIn(String text, String result) {
        return text.lines().filter(line -> line.contains("LookupCustomer attempt ") && line.endsWith(result)).count();
    }

    @Test
    void whatTheHandlerLogsIsOnTheTimelineAtTheVirtualInstantItRan() {
        String timeline = timelineOfACallFrom("+15550100");

        assertTrue(timeline.contains("Lambda     LookupCustomer logged: looking up +15550100 with 3000 ms left"),
                timeline);
        assertEquals(0, count(timeline, "error branch"), timeline);
    }

    @Test
    void aHandlerThatThrowsShowsItsErrorTypeAndMessageOnEveryAttemptAndWhyTheBlockGaveUp() {
        String timeline = timelineOfACallFrom("+15550666");

        assertEquals(4, attemptsEndingIn(timeline,
                "java.lang.IllegalStateException: the customer database is unavailable"),
                "the first attempt and Connect's 3 retries:\n" + timeline);
        assertEquals(1, count(timeline, "LookupCustomer: error branch, function error on attempt 4"), timeline);
    }

    @Test
    void aNestedReplyIsRefusedWithOneLineSayingWhy() {
        String timeline = timelineOfACallFrom("+15550177");

        assertEquals(1, count(timeline, "LookupCustomer: error branch, response rejected on attempt 1: STRING_MAP "
                + "takes a flat map of strings, but key 'address' holds an object"), timeline);
    }

    @Test
    void aFunctionSlowerThanTheBlocksLimitTakesTheErrorBranchAtTheLimit() {
        String timeline = timelineOfACallFrom("+15550100", world -> world.functionAnswers("LookupCustomer",
                answer -> answer.running(Duration.ofSeconds(4))));

        String invoked = timeline.lines().filter(line -> line.contains("attempt 1 of")).findFirst().orElseThrow();
        String failed = timeline.lines().filter(line -> line.contains("error branch")).findFirst().orElseThrow();
        assertTrue(failed.contains("timed out after 3 s"), failed);
        assertEquals(seconds(invoked) + 3.0, seconds(failed), 0.0005, invoked + "\n" + failed);
    }

    @Test
    void aHandlerThatSleepsPastTheBlocksLimitTakesTheErrorBranchAtTheVirtualLimitWithNoRetryAndWhatItPrintedIsLogged() {
        String timeline = timelineOfACallFrom("+15550155");

        String invoked = timeline.lines().filter(line -> line.contains("attempt 1 of")).findFirst().orElseThrow();
        String failed = timeline.lines().filter(line -> line.contains("error branch")).findFirst().orElseThrow();
        assertTrue(failed.contains("timed out after 3 s"), failed);
        assertEquals(seconds(invoked) + 3.0, seconds(failed), 0.0005, invoked + "\n" + failed);
        assertEquals(1, count(timeline, "LookupCustomer logged: the customers table is slow today"), timeline);
        assertEquals(0, count(timeline, "attempt 2"), "a time-out is not retried:\n" + timeline);
    }

    @Test
    void howOftenAFunctionRanTakesItsNameOrItsArnAndAnUnknownNameFailsNamingTheNearest() {
        try (ScenarioWorld world = ScenarioWorld.in(Path.of(".."))) {
            String call = world.customerCalls("+18005550200", "+15550666");
            world.runFor(Duration.ofSeconds(10));

            assertEquals(4, world.handlerCalls("LookupCustomer", call));
            assertEquals(4, world.handlerCalls("arn:aws:lambda:us-east-1:123456789012:function:LookupCustomer",
                    call));
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                    () -> world.handlerCalls("LookupCustomr", call));
            assertTrue(unknown.getMessage().startsWith("no Lambda function 'LookupCustomr' in flows/instance.yaml or"
                    + " the flows it names (did you mean 'LookupCustomer'?)"), unknown.getMessage());
        }
    }

    @Test
    void theSameSeedGivesTheSameTimelineRequestIdsIncluded() {
        assertEquals(timelineOfACallFrom("+15550666"), timelineOfACallFrom("+15550666"));
    }

    private static double seconds(String line) {
        return Double.parseDouble(line.strip().substring(1, line.strip().indexOf('s')));
    }
}
