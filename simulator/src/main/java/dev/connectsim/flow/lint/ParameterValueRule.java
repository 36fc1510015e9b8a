package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.text.NearestName;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Parameters have the values their Flow Language page allows: the ones it requires are there, with the type and
 * within the limits it gives (TagContact's 6 tags of keys up to 128 characters, UpdateContactRoutingBehavior's one
 * static whole number ...). Each action type's checks are in a small class of its own; a value holding {@code $.}
 * is checked at run time, except where the page says the value must be static.
 */
final class ParameterValueRule extends Rule {

    private static final Map<String, BiConsumer<Check, Action>> CHECKS = Map.of(
            "TagContact", TagParameters::tags,
            "UnTagContact", TagParameters::tagKeys,
            "UpdateFlowAttributes", FlowAttributeParameters::check,
            "UpdateContactRoutingBehavior", RoutingParameters::routingBehavior,
            "UpdateRoutingCriteria", RoutingParameters::routingCriteria,
            "UpdateContactMediaProcessing", RecordingParameters::mediaProcessing,
            "UpdateContactRecordingAndAnalyticsBehavior", RecordingParameters::recordingAndAnalytics,
            "UpdatePreviousContactParticipantState", ParameterValueRule::participantState);

    private static final List<String> PARTICIPANT_STATES = List.of("AgentOnHold", "CustomerOnHold", "OffHold");

    ParameterValueRule() {
        super("parameter-value", Severity.ERROR, "parameters have the values their Flow Language page allows:"
                + " required ones present, of the right type, within its limits");
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            BiConsumer<Check, Action> checks = CHECKS.get(action.type());
            if (checks != null) {
                checks.accept(check, action);
            }
        }
    }

    /** PreviousContactParticipantState is one of its three values. */
    private static void participantState(Check check, Action action) {
        Object state = action.parameters().get("PreviousContactParticipantState");
        if (state == null || !PARTICIPANT_STATES.contains(state)) {
            check.report(action, state == null ? "/Parameters" : "/Parameters/PreviousContactParticipantState",
                    (state == null ? "missing PreviousContactParticipantState" : "PreviousContactParticipantState"
                            + " must be one of " + Words.or(PARTICIPANT_STATES) + ", " + (state instanceof String text
                                    ? "was " + Words.quote(text) + NearestName.hint(PARTICIPANT_STATES, text)
                                    : "found " + Words.kind(state))) + (state == null ? " (expected "
                                            + Words.or(PARTICIPANT_STATES) + ")" : ""),
                    "set it to AgentOnHold, CustomerOnHold or OffHold");
        }
    }
}
