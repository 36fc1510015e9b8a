package dev.connectsim.flow.lint;

import dev.connectsim.flow.FlowType;
import dev.connectsim.flow.action.Action;

/**
 * A block is used only in the flow types that allow it ({@link FlowTypes}), when the file says its flow's type.
 */
final class WrongFlowTypeRule extends Rule {

    WrongFlowTypeRule() {
        super("wrong-flow-type", Severity.ERROR, "blocks are allowed in the flow's type (when the file says it),"
                + " e.g. TransferContactToQueue only in inbound and transfer flows");
    }

    @Override
    void check(Check check) {
        FlowType type = check.flow().type().filter(FlowTypes::isChecked).orElse(null);
        if (type == null) {
            return;
        }
        String written = check.flow().typeName().orElse(type.name());
        String flowType = written.equals(type.name()) ? type.name() : written + " (" + type.name() + ")";
        for (Action action : check.flow().actions()) {
            FlowTypes.restriction(action.type()).filter(allowed -> !allowed.types().contains(type))
                    .ifPresent(allowed -> check.report(action, "/Type", action.type() + " is not allowed in a "
                            + Words.oneLine(flowType) + " flow (it is allowed in " + Words.and(allowed.names())
                            + " flows)", allowed.instead() != null ? allowed.instead()
                                    : "remove it, or move it to a flow of one of those types"));
        }
    }
}
