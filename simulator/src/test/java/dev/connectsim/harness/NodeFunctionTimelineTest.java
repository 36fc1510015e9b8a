package dev.connectsim.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The reference project's own Node.js function (AccountBalance, called by the Account Balance flow) on a scenario's
 * timeline: what it printed, its errors, its virtual sleep, and the same timeline for the same seed.
 */
class NodeFunctionTimelineTest {

    private static String timelineOfACallFrom(String caller) {
        try (ScenarioWorld world = ScenarioWorld.in(Path.of(".."))) {
            world.customerCalls("+18005550201", caller);
            world.runFor(Duration.ofSeconds(10));
            return world.timeline().describe();
        }
    }

    private static long count(String text, String part) {
        return text.lines().filter(line -> line.contains(part)).count();
    }

    @Test
    void whatTheHandlerPrintsIsOnTheTimelineWithTheRemainingTimeItSaw() {
        String timeline = timelineOfACallFrom("+15550100");

        assertEquals(1, count(timeline, "AccountBalance logged: balance of +15550100 from accounts, 3000 ms left"),
                timeline);
        assertEquals(0, count(timeline, "error branch"), timeline);
    }

    @Test
    void aThrownErrorIsRetriedThreeTimesEachAttemptShowingItsErrorTypeAndMessage() {
        String timeline = timelineOfACallFrom("+15550666");

        assertEquals(4, timeline.lines().filter(line -> line.contains("AccountBalance attempt ")
                && line.endsWith("Error: the ledger is unavailable")).count(), timeline);
        assertEquals(1, count(timeline, "AccountBalance: error branch, function error on attempt 4"), timeline);
    }

    @Test
    void aHandlerSleepingFourVirtualSecondsTakesTheErrorBranchAtTheThreeSecondLimit() {
        long realStart = System.nanoTime();
        String timeline = timelineOfACallFrom("+15550199");

        String failed = timeline.lines().filter(line -> line.contains("error branch")).findFirst().orElseThrow();
        assertTrue(failed.contains("timed out after 3 s"), failed);
        assertTrue(Duration.ofNanos(System.nanoTime() - realStart).compareTo(Duration.ofSeconds(4)) < 0,
                "the 4 s sleep is virtual");
    }

    @Test
    void theSameSeedGivesTheSameTimeline() {
        assertEquals(timelineOfACallFrom("+15550199"), timelineOfACallFrom("+15550199"));
        assertEquals(timelineOfACallFrom("+15550666"), timelineOfACallFrom("+15550666"));
    }
}
