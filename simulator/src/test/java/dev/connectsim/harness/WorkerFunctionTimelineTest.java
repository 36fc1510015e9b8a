package dev.connectsim.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference project's own Node.js function (AccountBalance, on +18005550201) and Python function (CallerTier, on
 * +18005550202) on a scenario's timeline: what they printed, their errors, their virtual sleep, and the same timeline
 * for the same seed.
 */
class WorkerFunctionTimelineTest {

    private static String timelineOfACallFrom(String number, String caller) {
        try (ScenarioWorld world = ScenarioWorld.in(Path.of(".."))) {
            world.customerCalls(number, caller);
            world.runFor(Duration.ofSeconds(10));
            return world.timeline().describe();
        }
    }

    private static long count(String text, String part) {
        return text.lines().filter(line -> line.contains(part)).count();
    }

    @ParameterizedTest
    @CsvSource({"+18005550201, AccountBalance logged: balance of +15550100 from accounts, 3000 ms left",
            "+18005550202, CallerTier logged: tier of +15550100 from tiers, 3000 ms left"})
    void whatTheHandlerPrintsIsOnTheTimelineWithTheRemainingTimeItSaw(String number, String logged) {
        String timeline = timelineOfACallFrom(number, "+15550100");

        assertEquals(1, count(timeline, logged), timeline);
        assertEquals(0, count(timeline, "error branch"), timeline);
    }

    @ParameterizedTest
    @CsvSource({"+18005550201, AccountBalance, Error: the ledger is unavailable",
            "+18005550202, CallerTier, ConnectionError: the tier table is unavailable"})
    void aThrownErrorIsRetriedThreeTimesEachAttemptShowingItsErrorTypeAndMessage(String number, String function,
            String error) {
        String timeline = timelineOfACallFrom(number, "+15550666");

        assertEquals(4, timeline.lines().filter(line -> line.contains(function + " attempt ") && line.endsWith(error))
                .count(), timeline);
        assertEquals(1, count(timeline, function + ": error branch, function error on attempt 4"), timeline);
    }

    @ParameterizedTest
    @CsvSource({"+18005550201", "+18005550202"})
    void aHandlerSleepingFourVirtualSecondsTakesTheErrorBranchAtTheThreeSecondLimit(String number) {
        long realStart = System.nanoTime();
        String timeline = timelineOfACallFrom(number, "+15550199");

        String failed = timeline.lines().filter(line -> line.contains("error branch")).findFirst().orElseThrow();
        assertTrue(failed.contains("timed out after 3 s"), failed);
        assertTrue(Duration.ofNanos(System.nanoTime() - realStart).compareTo(Duration.ofSeconds(4)) < 0,
                "the 4 s sleep is virtual");
    }

    @ParameterizedTest
    @CsvSource({"+18005550201", "+18005550202"})
    void theSameSeedGivesTheSameTimeline(String number) {
        assertEquals(timelineOfACallFrom(number, "+15550199"), timelineOfACallFrom(number, "+15550199"));
        assertEquals(timelineOfACallFrom(number, "+15550666"), timelineOfACallFrom(number, "+15550666"));
    }
}
