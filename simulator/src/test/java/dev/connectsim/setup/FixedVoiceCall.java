package dev.connectsim.setup;

import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.LambdaContext;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaReply;
import java.time.Duration;
import java.util.Map;

/** A handler class an instance file names: it creates VoiceCall 0LQ000000000042 in 250 ms. */
public class FixedVoiceCall implements LambdaFunction {

    @Override
    public LambdaReply handle(ContactFlowEvent event, LambdaContext context) {
        return LambdaReply.after(Duration.ofMillis(250)).returns(Map.of("voiceCallId", "0LQ000000000042"));
    }
}
