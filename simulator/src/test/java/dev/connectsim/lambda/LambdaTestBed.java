package dev.connectsim.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.connectsim.time.Scheduler;
import dev.connectsim.time.SimRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A scheduler, a registry and a runtime, with the outcomes each invocation was told. */
final class LambdaTestBed {

    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    static final String TELEPHONY =
            "arn:aws:lambda:us-west-2:123456789012:function:sfdc-InvokeTelephonyIntegrationApiFunction";
    static final String TELEPHONY_ACTIVE = TELEPHONY + ":active";

    final Scheduler scheduler = new Scheduler(START);
    final LambdaRegistry registry = new LambdaRegistry();
    final LambdaRuntime runtime;
    final List<LambdaOutcome> outcomes = new ArrayList<>();

    LambdaTestBed() {
        this(7);
    }

    LambdaTestBed(long seed) {
        runtime = new LambdaRuntime(scheduler, registry, new SimRandom(seed));
    }

    static ContactFlowEvent event(String contactId) {
        return new ContactFlowEvent(ContactData.voice(contactId)
                .customerEndpoint(ContactData.Endpoint.phoneNumber("+15550100"))
                .systemEndpoint(ContactData.Endpoint.phoneNumber("+15550111"))
                .build(), Map.of("methodName", "createTransferVC"));
    }

    /** An ordered map from alternating keys and values, for nested response and event bodies. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Instant at(long millis) {
        return START.plusMillis(millis);
    }

    /** Invokes {@code arn} synchronously for contact c-1; the outcome lands in {@link #outcomes}. */
    String invoke(String arn, int limitSeconds) {
        return invoke(LambdaInvocation.synchronous(arn, event("c-1"), limitSeconds));
    }

    String invoke(LambdaInvocation invocation) {
        Submission submission = runtime.invoke(invocation, outcomes::add);
        return assertInstanceOf(Submission.Accepted.class, submission, submission.toString()).invocationId();
    }

    void runFor(Duration duration) {
        scheduler.runFor(duration);
    }

    /** The one outcome told so far. */
    LambdaOutcome outcome() {
        assertEquals(1, outcomes.size(), () -> "expected exactly one outcome, got " + outcomes);
        return outcomes.get(0);
    }

    LambdaOutcome.Success success() {
        return assertInstanceOf(LambdaOutcome.Success.class, outcome(), () -> outcome().toString());
    }

    LambdaOutcome.Error error() {
        return assertInstanceOf(LambdaOutcome.Error.class, outcome(), () -> outcome().toString());
    }
}
