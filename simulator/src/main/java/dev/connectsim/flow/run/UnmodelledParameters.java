package dev.connectsim.flow.run;

import dev.connectsim.flow.action.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parameters a block may hold whose effect on a voice call the simulator leaves out, by action type: a block
 * that holds one is {@link Unmodelled}, so the scenario fails instead of passing on a path Connect might not take.
 * Parameters with no effect on the call's course in the simulator (a contact's Name, a caller id shown to a third
 * party, encryption of stored input) are not listed; types not listed are taken as modelled in full.
 */
final class UnmodelledParameters {

    private static final Map<String, List<String>> NOT_MODELLED = Map.of(
            "CreateCallbackContact", List.of("InitialCallDelaySeconds", "MaximumConnectionAttempts",
                    "RetryDelaySeconds", "ContactFlowId"),
            "CompleteOutboundCall", List.of("VoiceConnector"),
            "CheckVoiceId", List.of("CheckVoiceIdOption"));

    private UnmodelledParameters() {
    }

    /** What of {@code action}'s parameters the simulator leaves out, one phrase each; empty for most blocks. */
    static List<String> of(Action action) {
        List<String> names = NOT_MODELLED.get(action.type());
        if (names == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>(1);
        for (String name : names) {
            if (action.parameters().containsKey(name)) {
                found.add("the parameter " + name + " is not modelled: the simulator runs the block as if it were"
                        + " absent");
            }
        }
        return found;
    }
}
