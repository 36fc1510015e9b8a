package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * UpdateContactRoutingBehavior's priority or time adjustment, and UpdateRoutingCriteria's steps, as their Flow
 * Language pages describe them.
 */
final class RoutingParameters {

    /** The proficiency levels an attribute condition may ask for. */
    private static final List<String> LEVELS = List.of("1.0", "2.0", "3.0", "4.0", "5.0");

    private RoutingParameters() {
    }

    /**
     * Exactly one of QueuePriority ("must be larger than zero, and a valid integer value") and
     * QueueTimeAdjustmentSeconds ("a valid integer value"), both "Must be statically defined".
     */
    static void routingBehavior(Check check, Action action) {
        Object priority = action.parameters().get("QueuePriority");
        Object adjustment = action.parameters().get("QueueTimeAdjustmentSeconds");
        String hint = "set either QueuePriority (1 is routed first, 5 is the default) or QueueTimeAdjustmentSeconds";
        if ((priority == null) == (adjustment == null)) {
            check.report(action, "/Parameters", "UpdateContactRoutingBehavior takes exactly one of QueuePriority"
                    + " and QueueTimeAdjustmentSeconds, found " + (priority == null ? "neither" : "both"), hint);
            return;
        }
        String name = priority != null ? "QueuePriority" : "QueueTimeAdjustmentSeconds";
        Object value = priority != null ? priority : adjustment;
        String expected = priority != null ? "a static whole number above 0" : "a static whole number of seconds";
        boolean good = value instanceof String text && text.matches("-?\\d{1,18}")
                && (priority == null || Long.parseLong(text) > 0);
        if (!good) {
            check.report(action, "/Parameters/" + name, name + " must be " + expected + ", "
                    + (value instanceof String text ? "was " + Words.quote(text) : "found " + Words.kind(value)), hint);
        }
    }

    /**
     * RoutingCriteria holds Steps (a list, or one {@code $.} reference), each with an Expression; an
     * AttributeCondition's ProficiencyLevel is 1.0 to 5.0 and its ComparisonOperator NumberGreaterOrEqualTo; an
     * Expiry's DurationInSeconds is static.
     */
    static void routingCriteria(Check check, Action action) {
        Object criteria = action.parameters().get("RoutingCriteria");
        String hint = "set RoutingCriteria to {\"Steps\": [{\"Expression\": {\"AttributeCondition\": {...}}}]}";
        if (!(criteria instanceof Map<?, ?> map) || !map.containsKey("Steps")) {
            check.report(action, criteria == null ? "/Parameters" : "/Parameters/RoutingCriteria",
                    criteria == null ? "missing RoutingCriteria (expected an object with Steps)"
                            : "RoutingCriteria must be an object with Steps, found " + Words.kind(criteria)
                                    + (criteria instanceof Map ? " without Steps" : ""), hint);
            return;
        }
        Object steps = map.get("Steps");
        if (steps instanceof String text && Words.isDynamic(text)) {
            return;
        }
        if (!(steps instanceof List<?> list) || list.isEmpty()) {
            check.report(action, "/Parameters/RoutingCriteria/Steps", "Steps must be a list of at least one step,"
                    + " found " + (steps instanceof List ? "none" : Words.kind(steps)), hint);
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            step(check, action, "/Parameters/RoutingCriteria/Steps/" + i, list.get(i), hint);
        }
    }

    private static void step(Check check, Action action, String at, Object step, String hint) {
        if (!(step instanceof Map<?, ?> map) || !(map.get("Expression") instanceof Map<?, ?> expression)) {
            check.report(action, at, "a step must be an object with an Expression, found " + Words.kind(step)
                    + (step instanceof Map ? " without one" : ""), hint);
            return;
        }
        if (expression.get("AttributeCondition") instanceof Map<?, ?> condition) {
            attributeCondition(check, action, at + "/Expression/AttributeCondition", condition);
        }
        if (expression.get("AndExpression") instanceof List<?> and) {
            for (int i = 0; i < and.size(); i++) {
                if (and.get(i) instanceof Map<?, ?> inner && inner.get("AttributeCondition") instanceof Map<?, ?> c) {
                    attributeCondition(check, action, at + "/Expression/AndExpression/" + i + "/AttributeCondition", c);
                }
            }
        }
        if (map.get("Expiry") instanceof Map<?, ?> expiry && expiry.get("DurationInSeconds") instanceof String seconds
                && !seconds.matches("\\d{1,9}")) {
            check.report(action, at + "/Expiry/DurationInSeconds", "DurationInSeconds must be a static whole number"
                    + " of seconds, was " + Words.quote(seconds), "write the seconds the step waits, such as \"30\"");
        }
    }

    private static void attributeCondition(Check check, Action action, String at, Map<?, ?> condition) {
        if (condition.get("ProficiencyLevel") instanceof String level && !Words.isDynamic(level)
                && !LEVELS.contains(level.contains(".") ? level : level + ".0")) {
            check.report(action, at + "/ProficiencyLevel", "ProficiencyLevel must be one of " + Words.or(LEVELS)
                    + ", was " + Words.quote(level), "use a proficiency level from 1.0 to 5.0");
        }
        if (condition.get("ComparisonOperator") instanceof String operator
                && !operator.equals("NumberGreaterOrEqualTo")) {
            check.report(action, at + "/ComparisonOperator", "ComparisonOperator must be NumberGreaterOrEqualTo, was "
                    + Words.quote(operator), "use NumberGreaterOrEqualTo");
        }
        for (String name : List.of("Name", "Value")) {
            if (condition.get(name) instanceof String text && !Words.isDynamic(text)
                    && (text.isEmpty() || text.length() > 64)) {
                check.report(action, at + "/" + name, name + " must be 1 to 64 characters long, has " + text.length(),
                        "shorten the " + name.toLowerCase(Locale.ROOT) + " of the attribute");
            }
        }
    }
}
