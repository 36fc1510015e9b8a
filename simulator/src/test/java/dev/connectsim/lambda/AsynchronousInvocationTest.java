package dev.connectsim.lambda;

import static dev.connectsim.lambda.LambdaTestBed.TELEPHONY;
import static dev.connectsim.lambda.LambdaTestBed.at;
import static dev.connectsim.lambda.LambdaTestBed.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AsynchronousInvocationTest {

    private final LambdaTestBed bed = new LambdaTestBed();
    private final List<Instant> handlerCalls = new ArrayList<>();

    private void bind(LambdaReply reply) {
        bed.registry.bind(TELEPHONY, (event, context) -> {
            handlerCalls.add(context.now());
            return reply;
        });
    }

    private String invokeAsync(int limitSeconds) {
        return bed.invoke(LambdaInvocation.asynchronous(TELEPHONY, event("c-1"), limitSeconds)
                .withValidation(ResponseValidation.JSON));
    }

    @Test
    void theBlockMovesOnAtOnceWhileTheFunctionRuns() {
        bind(LambdaReply.after(Duration.ofSeconds(2)).returns(Map.of("voiceCallId", "0LQ1")));

        String id = invokeAsync(30);
        bed.runFor(Duration.ZERO);

        assertEquals(new LambdaOutcome.Success(id, Map.of(), 0, at(0)), bed.outcome(),
                "Success with an empty $.External and the invocation id, before the function answers");
        assertEquals(List.of(at(0)), handlerCalls, "the function still runs");
        bed.runFor(Duration.ofMillis(1999));
        assertEquals(Optional.empty(), bed.runtime.asyncResult(id), "still running");
        bed.runFor(Duration.ofMillis(1));
        assertEquals(new LambdaOutcome.Success(id, Map.of("voiceCallId", "0LQ1"), 1, at(2000)),
                bed.runtime.asyncResult(id).orElseThrow());
    }

    @Test
    void theResultCanBeAwaitedByInvocationId() {
        bind(LambdaReply.after(Duration.ofSeconds(2)).returns(Map.of("voiceCallId", "0LQ1")));
        List<LambdaOutcome> loaded = new ArrayList<>();

        String id = invokeAsync(30);
        bed.runtime.whenAsyncDone(id, loaded::add);
        bed.runFor(Duration.ofSeconds(5));
        bed.runtime.whenAsyncDone(id, loaded::add);

        assertEquals(2, loaded.size(), "once when it finished, once at once for a late waiter");
        assertEquals(at(2000), loaded.get(0).at());
        assertEquals(loaded.get(0), loaded.get(1));
    }

    @Test
    void anAsynchronousFunctionErrorIsNotRetried() {
        bind(LambdaReply.after(Duration.ofMillis(100)).fails("Error creating VoiceCall record"));

        String id = invokeAsync(30);
        bed.runFor(Duration.ofSeconds(5));

        LambdaOutcome.Error error = assertInstanceOf(LambdaOutcome.Error.class,
                bed.runtime.asyncResult(id).orElseThrow());
        assertEquals("function error on attempt 1 (Error: Error creating VoiceCall record); no retries",
                error.reason());
        assertEquals(1, handlerCalls.size());
        assertInstanceOf(LambdaOutcome.Success.class, bed.outcome(), "the block itself had succeeded");
    }

    @Test
    void anAsynchronousFunctionRunningPastItsLimitTimesOutAtTheLimit() {
        bind(LambdaReply.after(Duration.ofSeconds(45)).returns(Map.of()));

        String id = invokeAsync(30);
        bed.runFor(Duration.ofMinutes(1));

        LambdaOutcome.Error error = assertInstanceOf(LambdaOutcome.Error.class,
                bed.runtime.asyncResult(id).orElseThrow());
        assertEquals(LambdaErrorKind.TIMED_OUT, error.kind());
        assertEquals(at(30_000), error.at());
    }

    @Test
    void anIdThatNoAsynchronousInvocationHasIsRefused() {
        bind(LambdaReply.returns(Map.of()));
        String synchronous = bed.invoke(TELEPHONY, 8);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bed.runtime.asyncResult(synchronous));

        assertEquals("no asynchronous invocation has id " + synchronous, e.getMessage());
    }
}
