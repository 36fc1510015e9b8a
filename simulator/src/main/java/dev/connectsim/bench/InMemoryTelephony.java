package dev.connectsim.bench;

import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.LambdaContext;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaReply;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The telephony-integration function answered in memory, for the bench's engine-speed mode: every call creates a
 * VoiceCall after {@code latency} and answers {@code {"voiceCallId": "0LQ...", "errors": []}}, as Salesforce's
 * function does on success, with no HTTP request and no token. Ids count up from 0LQ000000000001.
 */
final class InMemoryTelephony implements LambdaFunction {

    private static final String PREFIX = "0LQ000000000000";

    private final Duration latency;
    private long created;

    InMemoryTelephony(Duration latency) {
        this.latency = latency;
    }

    @Override
    public LambdaReply handle(ContactFlowEvent event, LambdaContext context) {
        created++;
        String id = Long.toString(created, 36).toUpperCase(Locale.ROOT);
        return LambdaReply.after(latency).returns(Map.of("voiceCallId", PREFIX.substring(0, 15 - id.length()) + id,
                "errors", List.of()));
    }
}
