package dev.connectsim.lambda;

import static dev.connectsim.lambda.LambdaTestBed.TELEPHONY;
import static dev.connectsim.lambda.LambdaTestBed.TELEPHONY_ACTIVE;
import static dev.connectsim.lambda.LambdaTestBed.at;
import static dev.connectsim.lambda.LambdaTestBed.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LambdaRuntimeTest {

    private static final String OMNI = "arn:aws:lambda:us-west-2:123456789012:function:sfdc-ExecuteOmniFlow";

    @Test
    void anUnknownArnFailsTheBlockAtOnceNamingTheNearestBoundArn() {
        LambdaTestBed bed = new LambdaTestBed();
        bed.registry.bind(TELEPHONY, (event, context) -> LambdaReply.returns(Map.of()));
        String typo = TELEPHONY.replace("Integration", "Integraton") + ":active";

        bed.invoke(typo, 8);
        bed.runFor(Duration.ZERO);

        assertEquals(LambdaErrorKind.FUNCTION_NOT_FOUND, bed.error().kind());
        assertEquals(at(0), bed.error().at());
        assertEquals("no Lambda function is bound to " + typo + " or to " + typo.replace(":active", "")
                + "; nearest bound: " + TELEPHONY + "; bound: " + TELEPHONY, bed.error().reason());
        assertEquals(List.of(), bed.runtime.log().attempts(), "no request reached a function");
    }

    @Test
    void theHandlerSeesTheEventTheArnItWasInvokedByAndItsAttempt() {
        LambdaTestBed bed = new LambdaTestBed();
        LambdaContext[] seen = new LambdaContext[1];
        ContactFlowEvent[] events = new ContactFlowEvent[1];
        bed.registry.bind(TELEPHONY, FunctionConfig.defaults().withTimeout(Duration.ofSeconds(5)), (event, context) -> {
            seen[0] = context;
            events[0] = event;
            return LambdaReply.returns(Map.of());
        });

        String id = bed.invoke(TELEPHONY_ACTIVE, 8);
        bed.runFor(Duration.ofSeconds(1));

        assertEquals(new LambdaContext(id, TELEPHONY_ACTIVE, TELEPHONY, 1, at(0), true, Duration.ofSeconds(5),
                Optional.of(at(8000))), seen[0]);
        assertEquals(at(5000), seen[0].deadline());
        assertEquals(at(5000), seen[0].endsAt(), "the function's own 5 s timeout ends it before the 8 s limit");
        assertEquals(event("c-1"), events[0]);
    }

    @Test
    void twoRunsWithTheSameSeedGiveTheSameIdsAndTheSameLog() {
        assertEquals(logOfARun(42), logOfARun(42));
        assertNotEquals(logOfARun(42), logOfARun(43), "the invocation ids come from the seed");
    }

    private static List<String> logOfARun(long seed) {
        LambdaTestBed bed = new LambdaTestBed(seed);
        bed.registry.bind(TELEPHONY, FunctionConfig.defaults().withColdStart(Duration.ofMillis(800)),
                (event, context) -> context.attempt() == 1
                        ? LambdaReply.after(Duration.ofMillis(300)).fails("Error creating VoiceCall record")
                        : LambdaReply.after(Duration.ofMillis(300)).returns(Map.of("voiceCallId", "0LQ1")));
        bed.registry.bind(OMNI, (event, context) -> LambdaReply.after(Duration.ofSeconds(9)).returns(Map.of()));
        bed.runtime.keepWarm(OMNI, Duration.ofMinutes(5));
        bed.invoke(TELEPHONY_ACTIVE, 8);
        bed.invoke(OMNI, 8);
        bed.runFor(Duration.ofSeconds(20));
        return bed.runtime.log().attempts().stream().map(LambdaAttempt::toString).toList();
    }

    @Test
    void aLogLineSaysWhenTheAttemptRanAndHowItEnded() {
        LambdaTestBed bed = new LambdaTestBed();
        bed.registry.bind(TELEPHONY, FunctionConfig.defaults().withColdStart(Duration.ofSeconds(1)),
                (event, context) -> LambdaReply.after(Duration.ofSeconds(9)).returns(Map.of("voiceCallId", "0LQ1")));

        String id = bed.invoke(TELEPHONY_ACTIVE, 8);
        bed.runFor(Duration.ofSeconds(20));

        assertEquals(List.of("2026-01-05T09:00:00Z " + TELEPHONY_ACTIVE + " attempt 1 of " + id + ": cold start, ran "
                + "2026-01-05T09:00:01Z to 2026-01-05T09:00:10Z, returned {voiceCallId=0LQ1} (after Connect stopped "
                + "waiting)"), bed.runtime.log().attempts().stream().map(LambdaAttempt::toString).toList());
    }

    @Test
    void aReplyCannotDeclareANegativeDuration() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LambdaReply.after(Duration.ofMillis(-1)));

        assertEquals("a function cannot run for a negative time, was PT-0.001S", e.getMessage());
    }

    @Test
    void aFunctionTimeoutBeyondFifteenMinutesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FunctionConfig.defaults().withTimeout(Duration.ofMinutes(16)));

        assertEquals("a function's timeout must be more than 0 and at most 15 minutes, was PT16M", e.getMessage());
    }
}
