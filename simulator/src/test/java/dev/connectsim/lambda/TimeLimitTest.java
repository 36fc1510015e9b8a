package dev.connectsim.lambda;

import static dev.connectsim.lambda.LambdaTestBed.TELEPHONY;
import static dev.connectsim.lambda.LambdaTestBed.TELEPHONY_ACTIVE;
import static dev.connectsim.lambda.LambdaTestBed.at;
import static dev.connectsim.lambda.LambdaTestBed.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

    private final LambdaTestBed bed = new LambdaTestBed();
    private final List<Instant> handlerCalls = new ArrayList<>();

    private void bindRunningFor(Duration runsFor) {
        bed.registry.bind(TELEPHONY, (event, context) -> {
            handlerCalls.add(context.now());
            return LambdaReply.after(runsFor).returns(Map.of("voiceCallId", "0LQ1"));
        });
    }

    @Test
    void aFunctionThatAnswersExactlyAtTheTimeLimitSucceeds() {
        bindRunningFor(Duration.ofSeconds(8));

        bed.invoke(TELEPHONY_ACTIVE, 8);
        bed.runFor(Duration.ofSeconds(20));

        assertEquals(Map.of("voiceCallId", "0LQ1"), bed.success().external());
        assertEquals(at(8000), bed.success().at());
        assertEquals(1, bed.success().attempts());
    }

    @Test
    void aFunctionThatAnswersOneMillisecondPastTheLimitFailsAtTheLimit() {
        bindRunningFor(Duration.ofMillis(8001));

        bed.invoke(TELEPHONY_ACTIVE, 8);
        bed.runFor(Duration.ofSeconds(20));

        LambdaOutcome.Error error = bed.error();
        assertEquals(LambdaErrorKind.TIMED_OUT, error.kind());
        assertEquals(at(8000), error.at(), "Connect stops waiting at the limit, not when the function ends");
        assertEquals("timed out after 8 s: attempt 1 was requested at +0 s and would have ended at +8.001 s "
                + "(returned {voiceCallId=0LQ1})", error.reason());
    }

    @Test
    void theRequestReachedTheFunctionEvenThoughTheBlockTimedOut() {
        bindRunningFor(Duration.ofSeconds(10));

        bed.invoke(TELEPHONY_ACTIVE, 8);
        bed.runFor(Duration.ofSeconds(20));

        assertEquals(List.of(at(0)), handlerCalls,
                "the handler ran when the function started: its side effects happened");
        LambdaAttempt attempt = bed.runtime.log().attempts().get(0);
        assertEquals(at(10_000), attempt.endedAt(), "the function ran on after Connect stopped waiting");
        assertTrue(attempt.outlivedTimeLimit());
        assertInstanceOf(AttemptResult.Returned.class, attempt.result());
    }

    @Test
    void aTimeoutIsNotRetried() {
        bindRunningFor(Duration.ofSeconds(5));

        bed.invoke(TELEPHONY, 3);
        bed.runFor(Duration.ofSeconds(30));

        assertEquals(LambdaErrorKind.TIMED_OUT, bed.error().kind());
        assertEquals(at(3000), bed.error().at());
        assertEquals(List.of(at(0)), handlerCalls, "one call: a time-out against the block's limit is not retried");
    }

    @Test
    void timeLimitsOutsideOneToEightAreRefusedForSynchronousInvocationsAndNothingRuns() {
        bindRunningFor(Duration.ofMillis(100));

        Submission zero =
                bed.runtime.invoke(LambdaInvocation.synchronous(TELEPHONY, event("c-1"), 0), bed.outcomes::add);
        Submission nine =
                bed.runtime.invoke(LambdaInvocation.synchronous(TELEPHONY, event("c-1"), 9), bed.outcomes::add);
        bed.runFor(Duration.ofSeconds(10));

        assertEquals(new Submission.Refused("InvocationTimeLimitSeconds must be an integer from 1 to 8 when "
                + "InvocationType is SYNCHRONOUS, was 0"), zero);
        assertEquals(new Submission.Refused("InvocationTimeLimitSeconds must be an integer from 1 to 8 when "
                + "InvocationType is SYNCHRONOUS, was 9"), nine);
        assertEquals(List.of(), bed.outcomes, "a refused invocation has no outcome");
        assertEquals(List.of(), handlerCalls);
    }

    @Test
    void oneAndEightSecondsAreAcceptedAndAsynchronousInvocationsGoUpToSixtySeconds() {
        bindRunningFor(Duration.ofMillis(100));

        List<Submission> accepted = List.of(
                bed.runtime.invoke(LambdaInvocation.synchronous(TELEPHONY, event("c-1"), 1), bed.outcomes::add),
                bed.runtime.invoke(LambdaInvocation.synchronous(TELEPHONY, event("c-1"), 8), bed.outcomes::add),
                bed.runtime.invoke(LambdaInvocation.asynchronous(TELEPHONY, event("c-1"), 60), bed.outcomes::add));
        Submission sixtyOne =
                bed.runtime.invoke(LambdaInvocation.asynchronous(TELEPHONY, event("c-1"), 61), bed.outcomes::add);

        accepted.forEach(submission -> assertInstanceOf(Submission.Accepted.class, submission));
        assertEquals(new Submission.Refused("InvocationTimeLimitSeconds must be an integer from 1 to 60 when "
                + "InvocationType is ASYNCHRONOUS, was 61"), sixtyOne);
    }

    @Test
    void theOutcomeIsNeverToldFromInsideInvoke() {
        bindRunningFor(Duration.ZERO);

        bed.invoke(TELEPHONY, 8);

        assertTrue(bed.outcomes.isEmpty(), "told by a scheduler event, so the caller can finish its own step first");
        assertTrue(handlerCalls.isEmpty());
        bed.runFor(Duration.ZERO);
        assertEquals(at(0), bed.success().at());
        assertFalse(handlerCalls.isEmpty());
    }
}
