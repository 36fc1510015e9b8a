package dev.connectsim.lambda;

import static dev.connectsim.lambda.LambdaTestBed.TELEPHONY;
import static dev.connectsim.lambda.LambdaTestBed.TELEPHONY_ACTIVE;
import static dev.connectsim.lambda.LambdaTestBed.at;
import static dev.connectsim.lambda.LambdaTestBed.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColdStartTest {

    private static final FunctionConfig ONE_SECOND_COLD_START =
            FunctionConfig.defaults().withColdStart(Duration.ofSeconds(1));

    private final LambdaTestBed bed = new LambdaTestBed();
    private final List<Boolean> coldStarts = new ArrayList<>();
    private final List<Map<String, Object>> payloads = new ArrayList<>();

    private void bindRunningFor(Duration runsFor) {
        bed.registry.bind(TELEPHONY, ONE_SECOND_COLD_START, (event, context) -> {
            coldStarts.add(context.coldStart());
            return LambdaReply.after(runsFor).returns(Map.of("voiceCallId", "0LQ1"));
        });
    }

    private void invokeAt(Duration at, String contactId) {
        bed.runFor(at.minus(Duration.between(LambdaTestBed.START, bed.scheduler.now())));
        bed.runtime.invoke(LambdaInvocation.synchronous(TELEPHONY_ACTIVE, event(contactId), 8), bed.outcomes::add);
    }

    @Test
    void aColdStartPushesASevenAndAHalfSecondFunctionPastEightSecondsAndTheWarmFunctionThenSucceeds() {
        bindRunningFor(Duration.ofMillis(7500));

        invokeAt(Duration.ZERO, "c-1");
        invokeAt(Duration.ofSeconds(9), "c-2");
        bed.runFor(Duration.ofSeconds(20));

        LambdaOutcome.Error cold = assertInstanceOf(LambdaOutcome.Error.class, bed.outcomes.get(0));
        assertEquals(at(8000), cold.at());
        assertEquals("timed out after 8 s: attempt 1 was requested at +0 s with a 1 s cold start and would have "
                + "ended at +8.5 s (returned {voiceCallId=0LQ1})", cold.reason());
        LambdaOutcome.Success warm = assertInstanceOf(LambdaOutcome.Success.class, bed.outcomes.get(1));
        assertEquals(at(16_500), warm.at(), "7.5 s from 9 s, no cold start");
        assertEquals(List.of(true, false), coldStarts);
    }

    @Test
    void aColdStartLongerThanTheLimitTimesOutBeforeTheHandlerRunsAndTheHandlerStillRunsLater() {
        FunctionConfig nineSecondColdStart = FunctionConfig.defaults().withColdStart(Duration.ofSeconds(9));
        bed.registry.bind(TELEPHONY, nineSecondColdStart, (event, context) -> {
            coldStarts.add(context.coldStart());
            return LambdaReply.returns(Map.of());
        });

        bed.invoke(TELEPHONY, 8);
        bed.runFor(Duration.ofSeconds(8));

        assertEquals("timed out after 8 s: attempt 1 was requested at +0 s and was still in a 9 s cold start",
                bed.error().reason());
        assertEquals(List.of(), coldStarts);
        bed.runFor(Duration.ofSeconds(2));
        assertEquals(List.of(true), coldStarts, "the request had reached Lambda; the function ran once started");
        assertTrue(bed.runtime.log().attempts().get(0).outlivedTimeLimit());
    }

    @Test
    void aFunctionIdleForItsIdleExpiryIsColdAgain() {
        bindRunningFor(Duration.ofMillis(500));

        invokeAt(Duration.ZERO, "c-1");
        Duration firstEnd = Duration.ofMillis(1500);
        invokeAt(firstEnd.plus(Duration.ofMinutes(10)).minusMillis(1), "c-2");
        Duration secondEnd = firstEnd.plus(Duration.ofMinutes(10)).minusMillis(1).plusMillis(500);
        invokeAt(secondEnd.plus(Duration.ofMinutes(10)), "c-3");
        bed.runFor(Duration.ofSeconds(10));

        assertEquals(List.of(true, false, true), coldStarts,
                "warm 1 ms before 10 minutes idle, cold again after exactly 10 minutes idle");
    }

    @Test
    void keepWarmPingsKeepTheFunctionWarm() {
        List<Boolean> pingColdStarts = new ArrayList<>();
        bed.registry.bind(TELEPHONY, ONE_SECOND_COLD_START, new LambdaFunction() {
            @Override
            public LambdaReply handle(ContactFlowEvent event, LambdaContext context) {
                coldStarts.add(context.coldStart());
                return LambdaReply.after(Duration.ofMillis(7500)).returns(Map.of("voiceCallId", "0LQ1"));
            }

            @Override
            public LambdaReply warmUp(WarmUpPing ping, LambdaContext context) {
                pingColdStarts.add(context.coldStart());
                return LambdaFunction.super.warmUp(ping, context);
            }
        });

        KeepWarm keepWarm = bed.runtime.keepWarm(TELEPHONY, Duration.ofMinutes(5));
        invokeAt(Duration.ofMinutes(61), "c-1");
        bed.runFor(Duration.ofSeconds(10));

        assertEquals(13, keepWarm.pings(), "at 0, 5, ..., 60 minutes");
        assertEquals(true, pingColdStarts.get(0), "the first ping pays the cold start");
        assertFalse(pingColdStarts.subList(1, 13).contains(true));
        assertEquals(List.of(false), coldStarts);
        assertInstanceOf(LambdaOutcome.Success.class, bed.outcome(), "7.5 s warm fits in 8 s");
    }

    @Test
    void withoutKeepWarmTheSameFunctionIsColdAnHourLater() {
        bindRunningFor(Duration.ofMillis(7500));

        invokeAt(Duration.ZERO, "c-1");
        invokeAt(Duration.ofMinutes(61), "c-2");
        bed.runFor(Duration.ofSeconds(10));

        assertEquals(List.of(true, true), coldStarts);
        assertInstanceOf(LambdaOutcome.Error.class, bed.outcomes.get(1));
    }

    @Test
    void aCancelledKeepWarmSendsNoMorePingsAndTheFunctionGoesCold() {
        bindRunningFor(Duration.ofMillis(100));

        KeepWarm keepWarm = bed.runtime.keepWarm(TELEPHONY_ACTIVE, Duration.ofMinutes(5));
        bed.runFor(Duration.ofMinutes(6));
        keepWarm.cancel();
        invokeAt(Duration.ofMinutes(17), "c-1");
        bed.runFor(Duration.ofSeconds(10));

        assertEquals(2, keepWarm.pings());
        assertEquals(List.of(true), coldStarts, "last ping at 5 minutes, idle 12 minutes by 17");
    }

    @Test
    void aPingReachesAPayloadHandlerAsAScheduledEvent() {
        bed.registry.bind(TELEPHONY, LambdaFunction.onPayload((payload, context) -> {
            payloads.add(payload);
            return "Scheduled Event".equals(payload.get("detail-type"))
                    ? LambdaReply.returns(Map.of("statusCode", 200, "message", "Keep Lambda Warm"))
                    : LambdaReply.returns(Map.of("voiceCallId", "0LQ1"));
        }));

        bed.runtime.keepWarm(TELEPHONY_ACTIVE, Duration.ofMinutes(5));
        bed.runFor(Duration.ZERO);

        Map<String, Object> ping = payloads.get(0);
        assertEquals("Scheduled Event", ping.get("detail-type"));
        assertEquals("aws.events", ping.get("source"));
        assertEquals("us-west-2", ping.get("region"));
        assertEquals("123456789012", ping.get("account"));
        assertEquals("2026-01-05T09:00:00Z", ping.get("time"));
        LambdaAttempt attempt = bed.runtime.log().attempts().get(0);
        assertTrue(attempt.isWarmUp());
        assertEquals("returned {message=Keep Lambda Warm, statusCode=200}", attempt.result().describe());
    }

    @Test
    void concurrentInvocationsEachNeedTheirOwnEnvironment() {
        bindRunningFor(Duration.ofSeconds(2));

        invokeAt(Duration.ZERO, "c-1");
        invokeAt(Duration.ofSeconds(3), "c-2");
        bed.runtime.invoke(LambdaInvocation.synchronous(TELEPHONY, event("c-3"), 8), bed.outcomes::add);
        bed.runFor(Duration.ofSeconds(10));

        assertEquals(List.of(true, false, true), coldStarts,
                "c-2 takes the warm environment; c-3, at the same instant, starts a second one");
    }

    @Test
    void keepingAnUnknownFunctionWarmFailsWithTheNearestBoundArn() {
        bindRunningFor(Duration.ZERO);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bed.runtime.keepWarm(TELEPHONY + "x", Duration.ofMinutes(5)));

        assertEquals("cannot keep " + TELEPHONY + "x warm: no Lambda function is bound to " + TELEPHONY
                + "x; nearest bound: " + TELEPHONY + "; bound: " + TELEPHONY, e.getMessage());
    }
}
