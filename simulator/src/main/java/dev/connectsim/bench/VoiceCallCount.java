package dev.connectsim.bench;

import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.LambdaContext;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaReply;
import dev.connectsim.lambda.WarmUpPing;
import java.util.Map;

/** A telephony function that counts the VoiceCalls it reports created: replies carrying a {@code voiceCallId}. */
final class VoiceCallCount implements LambdaFunction {

    private final LambdaFunction function;
    private long voiceCalls;

    VoiceCallCount(LambdaFunction function) {
        this.function = function;
    }

    long voiceCalls() {
        return voiceCalls;
    }

    @Override
    public LambdaReply handle(ContactFlowEvent event, LambdaContext context) {
        LambdaReply reply = function.handle(event, context);
        if (reply instanceof LambdaReply.Returned returned && returned.body() instanceof Map<?, ?> body
                && body.get("voiceCallId") != null) {
            voiceCalls++;
        }
        return reply;
    }

    @Override
    public LambdaReply warmUp(WarmUpPing ping, LambdaContext context) {
        return function.warmUp(ping, context);
    }
}
