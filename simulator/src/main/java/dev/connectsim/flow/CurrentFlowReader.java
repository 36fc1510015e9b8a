package dev.connectsim.flow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.ActionTypes;
import dev.connectsim.flow.action.Condition;
import dev.connectsim.flow.action.Envelope;
import dev.connectsim.flow.action.Operator;
import dev.connectsim.flow.action.Transitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the current flow language ({@code Version}, {@code StartAction}, {@code Actions}) into a {@link Flow}.
 *
 * <p>It checks shapes only: each action is an object with a string Identifier and Type; Parameters and
 * Transitions, when present, are objects; Errors and Conditions entries name where they go. Everything else
 * (unknown Version, missing StartAction, dangling references, repeated Identifiers, unknown types and
 * operators) loads as written for validation to report. An unknown {@code Type} becomes
 * {@link dev.connectsim.flow.action.Unsupported}. {@code Metadata} is editor data: only its {@code name} and
 * {@code type} are read, when they are strings.
 */
final class CurrentFlowReader {

    private CurrentFlowReader() {
    }

    static Flow read(JsonNode root, ParseContext context, FlowFormat format, FlowNames names) {
        JsonNode metadata = ParseContext.optional(root, "Metadata");
        String name = names.name(textOrNull(metadata, "name"));
        String typeName = names.typeName(textOrNull(metadata, "type"));
        String version = context.optionalText(root, "Version", "", null);
        String startAction = context.optionalText(root, "StartAction", "", null);
        List<JsonNode> items = context.requiredArray(root, "Actions", "", null);
        List<Action> actions = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            actions.add(action(items.get(i), ParseContext.child("/Actions", i), context));
        }
        return new Flow(context.source, format, name, typeName, version, startAction, actions);
    }

    private static String textOrNull(JsonNode object, String field) {
        JsonNode value = object == null || !object.isObject() ? null : object.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static Action action(JsonNode node, String pointer, ParseContext context) {
        if (!node.isObject()) {
            throw context.error(pointer, "expected an object for an action, found " + ParseContext.kind(node));
        }
        String identifier = context.requiredText(node, "Identifier", pointer, null);
        String type = context.requiredText(node, "Type", pointer, identifier);
        JsonNode parameters = context.optionalObject(node, "Parameters", pointer, identifier);
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = parameters == null ? Map.of()
                : (Map<String, Object>) context.tree(parameters, ParseContext.child(pointer, "Parameters"), identifier);
        JsonNode transitions = context.optionalObject(node, "Transitions", pointer, identifier);
        Transitions read = transitions == null ? Transitions.NONE
                : transitions(transitions, ParseContext.child(pointer, "Transitions"), identifier, context);
        return ActionTypes.create(type, new Envelope(identifier, read, tree, context.base() + pointer));
    }

    private static Transitions transitions(JsonNode node, String pointer, String identifier, ParseContext context) {
        String next = context.optionalText(node, "NextAction", pointer, identifier);
        List<Transitions.OnError> errors = new ArrayList<>();
        List<JsonNode> errorItems = context.optionalArray(node, "Errors", pointer, identifier);
        for (int i = 0; i < errorItems.size(); i++) {
            String at = ParseContext.child(ParseContext.child(pointer, "Errors"), i);
            JsonNode item = entry(errorItems.get(i), at, "an Errors entry", identifier, context);
            errors.add(new Transitions.OnError(context.requiredText(item, "ErrorType", at, identifier),
                    context.requiredText(item, "NextAction", at, identifier)));
        }
        List<Transitions.OnCondition> conditions = new ArrayList<>();
        List<JsonNode> conditionItems = context.optionalArray(node, "Conditions", pointer, identifier);
        for (int i = 0; i < conditionItems.size(); i++) {
            String at = ParseContext.child(ParseContext.child(pointer, "Conditions"), i);
            JsonNode item = entry(conditionItems.get(i), at, "a Conditions entry", identifier, context);
            String target = context.requiredText(item, "NextAction", at, identifier);
            conditions.add(new Transitions.OnCondition(condition(item, at, identifier, context), target));
        }
        return new Transitions(next, errors, conditions);
    }

    private static JsonNode entry(JsonNode item, String pointer, String what, String identifier,
            ParseContext context) {
        if (!item.isObject()) {
            throw context.error(identifier, pointer, "expected an object for " + what + ", found "
                    + ParseContext.kind(item));
        }
        return item;
    }

    private static Condition condition(JsonNode item, String pointer, String identifier, ParseContext context) {
        String at = ParseContext.child(pointer, "Condition");
        JsonNode condition = context.requiredObject(item, "Condition", pointer, identifier);
        String operator = context.requiredText(condition, "Operator", at, identifier);
        List<JsonNode> operandNodes = context.requiredArray(condition, "Operands", at, identifier);
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < operandNodes.size(); i++) {
            JsonNode operand = operandNodes.get(i);
            if (!operand.isTextual()) {
                throw context.error(identifier, ParseContext.child(ParseContext.child(at, "Operands"), i),
                        "expected a string for an operand, found " + ParseContext.kind(operand));
            }
            operands.add(operand.asText());
        }
        return new Condition(operator, operands);
    }
}
