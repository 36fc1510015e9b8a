package dev.connectsim.flow.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowParser;
import java.util.List;

/** Small flows written inline, and what the validator finds in them. */
final class Lint {

    static final String FILE = "flows/t.json";

    /** A message that cannot fail unhandled, then a disconnect: no rule has anything to say about it. */
    static final String CLEAN_ACTIONS = "{'Identifier': 'start', 'Type': 'MessageParticipant',"
            + " 'Parameters': {'Text': 'Hello'},"
            + " 'Transitions': {'NextAction': 'bye', 'Errors': [{'ErrorType': 'NoMatchingError', 'NextAction': 'bye'}]}},"
            + " {'Identifier': 'bye', 'Type': 'DisconnectParticipant', 'Parameters': {}, 'Transitions': {}}";

    private Lint() {
    }

    /** JSON written with single quotes, for readable tests. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /** A flow of the current language, Version 2019-10-30, starting at {@code start}. */
    static Flow flow(String start, String singleQuotedActions) {
        return FlowParser.parseText(FILE, json("{'Version': '2019-10-30', 'StartAction': '" + start
                + "', 'Actions': [" + singleQuotedActions + "]}"));
    }

    /** A flow starting at 'start' with these actions. */
    static Flow actions(String singleQuotedActions) {
        return flow("start", singleQuotedActions);
    }

    /** A flow from its whole text, in single quotes. */
    static Flow text(String singleQuoted) {
        return FlowParser.parseText(FILE, json(singleQuoted));
    }

    /** Every finding of the flow. */
    static List<Finding> findings(Flow flow) {
        return FlowValidator.validate(flow);
    }

    /** The findings of one rule. */
    static List<Finding> findings(String rule, Flow flow) {
        return FlowValidator.validate(flow).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** The one finding of this rule; fails when there is none or several. */
    static Finding only(String rule, Flow flow) {
        List<Finding> found = findings(rule, flow);
        assertEquals(1, found.size(), () -> "one " + rule + " finding, got " + FlowValidator.validate(flow));
        return found.get(0);
    }

    /** Asserts the rule has nothing to say about the flow. */
    static void none(String rule, Flow flow) {
        assertEquals(List.of(), findings(rule, flow));
    }
}
