package dev.connectsim.scv;

import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.LambdaContext;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaReply;
import java.time.Duration;
import java.util.List;
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
    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Duration latency;
    private long created;

    public InMemoryTelephonyFunction(Duration latency) {
        this.latency = Objects.requireNonNull(latency, "latency");
    }

    @Override
    public LambdaReply handle(ContactFlowEvent event, LambdaContext context) {
        created++;
        return LambdaReply.after(latency).returns(Map.of("voiceCallId", voiceCallId(created), "errors", List.of()));
    }

    /** The id of the {@code number}th VoiceCall: its number in base 36, upper case, at the end of {@link #PREFIX}. */
    private static String voiceCallId(long number) {
        // Written into the prefix's characters directly: Long.toString(n, 36), upper-casing and padding cost more.
        char[] id = PREFIX.toCharArray();
        long rest = number;
        for (int i = id.length - 1; rest > 0; i--) {
            id[i] = DIGITS.charAt((int) (rest % 36));
            rest /= 36;
        }
        return new String(id);
    }
}
