package dev.connectsim.lambda;

import java.util.Map;

/** What a bound function is invoked with: a flow's {@link ContactFlowEvent} or a keep-warm {@link WarmUpPing}. */
public sealed interface LambdaEvent permits ContactFlowEvent, WarmUpPing {

    /** The event as the JSON object the function receives (nested maps, lists and strings). */
    Map<String, Object> toMap();
}
