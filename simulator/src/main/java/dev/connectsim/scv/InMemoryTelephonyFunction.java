package dev.connectsim.scv;

import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.LambdaContext;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaReply;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A stand-in for the telephony-integration function that answers in memory, for load runs and the benchmark's
 * engine-speed mode: every call, whatever its method, creates a VoiceCall after {@code latency} and answers
 * {@code {"voiceCallId": "0LQ...", "errors": []}}, as the function does on success, with no token, no HTTP request
 * and no simulated Salesforce. Ids count up from 0LQ000000000001, so runs repeat.
 */
public final class InMemoryTelephonyFunction implements LambdaFunction {

    private static final String PREFIX = "0LQ000000000000";

    private final Duration latency;
    private long created;

    public InMemoryTelephonyFunction(Duration latency) {
        this.latency = Objects.requireNonNull(latency, "latency");
    }

    @Override
    public LambdaReply handle(ContactFlowEvent event, LambdaContext context) {
        created++;
        String id = Long.toString(created, 36).toUpperCase(Locale.ROOT);
        return LambdaReply.after(latency).returns(Map.of("voiceCallId", PREFIX.substring(0, 15 - id.length()) + id,
                "errors", List.of()));
    }
}
