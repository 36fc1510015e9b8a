package dev.connectsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectsim.flow.coverage.FlowCoverage;
import dev.connectsim.flow.coverage.Transition;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Flow coverage of flows/agent-transfer.json, against runs whose paths are known by construction: the Lambda
 * answering in time takes the first pass straight through; timing out once adds the error branch back to the
 * Loop; timing out twice adds the Loop's way out and the failure note.
 */
class FlowCoverageTest {

    private static final Duration IN_TIME = Duration.ofMillis(300);
    private static final Duration TOO_LATE = Duration.ofSeconds(9);
    private static final Set<Transition> FIRST_PASS = Set.of(
            new Transition("enable-logging", "NextAction", "create-vc-tries"),
            new Transition("create-vc-tries", "Condition Equals [ContinueLooping]", "create-transfer-vc"),
            new Transition("create-transfer-vc", "NextAction", "store-voice-call-id"),
            new Transition("store-voice-call-id", "NextAction", "say-transferring"),
            new Transition("say-transferring", "NextAction", "record-call"),
            new Transition("record-call", "NextAction", "transfer-to-agent"));

    @Test
    void aTransferWhoseLambdaAnswersInTimeCoversTheStraightPathOnly() {
        FlowCoverage coverage = coverageAfter(IN_TIME);

        assertEquals(FIRST_PASS, coverage.coveredTransitions());
        assertEquals(13, coverage.transitions().size(), "every NextAction, error branch and condition of the flow");
        assertEquals(Set.of("enable-logging", "create-vc-tries", "create-transfer-vc", "store-voice-call-id",
                "say-transferring", "record-call", "transfer-to-agent"), coverage.coveredActions());
        assertEquals("Agent Transfer: actions 7/8, transitions 6/13 (46%)", coverage.summary());
    }

    @Test
    void timingOutOnceAddsTheErrorBranchBackToTheLoop() {
        FlowCoverage coverage = coverageAfter(TOO_LATE, IN_TIME);

        Set<Transition> expected = new java.util.HashSet<>(FIRST_PASS);
        expected.add(new Transition("create-transfer-vc", "Error NoMatchingError", "create-vc-tries"));
        assertEquals(expected, coverage.coveredTransitions());
    }

    @Test
    void timingOutTwiceAddsTheLoopsWayOutAndTheFailureNote() {
        FlowCoverage coverage = coverageAfter(TOO_LATE, TOO_LATE);

        assertEquals(List.of(
                new Transition("create-vc-tries", "NextAction", "note-vc-failure"),
                new Transition("create-transfer-vc", "NextAction", "store-voice-call-id"),
                new Transition("store-voice-call-id", "NextAction", "say-transferring"),
                new Transition("store-voice-call-id", "Error NoMatchingError", "say-transferring"),
                new Transition("note-vc-failure", "Error NoMatchingError", "say-transferring"),
                new Transition("say-transferring", "Error NoMatchingError", "record-call")),
                coverage.uncoveredTransitions());
    }

    /** The coverage of "Agent Transfer" after one transfer to bob whose createTransferVC calls take {@code durations}. */
    private static FlowCoverage coverageAfter(Duration... durations) {
        ProjectFlows flows = new ProjectFlows(durations);
        flows.transferToBob();
        return FlowCoverage.of("Agent Transfer", flows.sim.flows().flows().named("Agent Transfer").flow(),
                flows.sim.flows().visits());
    }
}
