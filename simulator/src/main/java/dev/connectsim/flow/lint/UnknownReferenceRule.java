package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.lint.KnownNames.Kind;
import dev.connectsim.text.NearestName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The queues, agents, flows, hours of operation, Lambda functions and prompts a flow names statically are defined
 * in the instance ({@link KnownNames}). A warning, silent for what the instance description does not know
 * ({@link KnownNames#NONE} knows nothing) and for values holding {@code $.} (known only when the flow runs).
 */
final class UnknownReferenceRule extends Rule {

    UnknownReferenceRule() {
        super("unknown-reference", Severity.WARNING, "queues, agents, flows, hours, Lambda functions and prompts"
                + " named statically exist in the instance (needs an instance description)");
    }

    /** One static reference: where it is in the action, what it names, the value. */
    private record Reference(String suffix, Kind kind, String value) {
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            for (Reference ref : references(action)) {
                if (ref.value().isBlank() || Words.isDynamic(ref.value())) {
                    continue;
                }
                if (check.names().has(ref.kind(), ref.value()).filter(has -> !has).isPresent()) {
                    List<String> known = check.names().suggestions(ref.kind());
                    check.report(action, ref.suffix(), "the " + ref.kind().noun() + " " + Words.quote(ref.value())
                            + " is not defined in the instance" + NearestName.hint(known, ref.value()),
                            "define the " + ref.kind().noun() + " in the instance description, or correct the"
                                    + " reference");
                }
            }
        }
    }

    private static List<Reference> references(Action action) {
        Map<String, Object> p = action.parameters();
        List<Reference> refs = new ArrayList<>();
        switch (action.type()) {
            case "UpdateContactTargetQueue", "CheckMetricData" -> {
                add(refs, p, "QueueId", Kind.QUEUE);
                add(refs, p, "AgentId", Kind.AGENT);
            }
            case "CreateCallbackContact" -> {
                add(refs, p, "QueueId", Kind.QUEUE);
                add(refs, p, "AgentId", Kind.AGENT);
                add(refs, p, "ContactFlowId", Kind.FLOW);
            }
            case "TransferToFlow" -> add(refs, p, "ContactFlowId", Kind.FLOW);
            case "CheckHoursOfOperation" -> add(refs, p, "HoursOfOperationId", Kind.HOURS_OF_OPERATION);
            case "InvokeLambdaFunction" -> add(refs, p, "LambdaFunctionARN", Kind.LAMBDA);
            case "MessageParticipant", "GetParticipantInput" -> add(refs, p, "PromptId", Kind.PROMPT);
            case "UpdateContactEventHooks" -> {
                if (p.get("EventHooks") instanceof Map<?, ?> hooks) {
                    hooks.forEach((hook, flow) -> {
                        if (flow instanceof String text) {
                            refs.add(new Reference(Words.child("/Parameters/EventHooks", (String) hook), Kind.FLOW,
                                    text));
                        }
                    });
                }
            }
            case "MessageParticipantIteratively" -> {
                if (p.get("Messages") instanceof List<?> messages) {
                    for (int i = 0; i < messages.size(); i++) {
                        if (messages.get(i) instanceof Map<?, ?> message
                                && message.get("PromptId") instanceof String text) {
                            refs.add(new Reference("/Parameters/Messages/" + i + "/PromptId", Kind.PROMPT, text));
                        }
                    }
                }
            }
            default -> {
                // No references to instance resources.
            }
        }
        return refs;
    }

    private static void add(List<Reference> refs, Map<String, Object> parameters, String key, Kind kind) {
        if (parameters.get(key) instanceof String text) {
            refs.add(new Reference("/Parameters/" + key, kind, text));
        }
    }
}
