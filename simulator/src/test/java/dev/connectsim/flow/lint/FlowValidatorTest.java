package dev.connectsim.flow.lint;

import static dev.connectsim.flow.lint.Lint.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowParser;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What holds for every rule: ids, order of findings, pointers in the three file shapes, the one-line form. */
class FlowValidatorTest {

    @Test
    void ruleIdsAreUniqueKebabCaseAndParseComesFirst() {
        List<String> ids = Rules.all().stream().map(Rule::id).toList();

        assertEquals("parse", ids.get(0));
        assertEquals(ids.size(), Set.copyOf(ids).size(), "unique: " + ids);
        ids.forEach(id -> assertTrue(id.matches("[a-z]+(-[a-z]+)*"), id));
        Rules.all().forEach(r -> assertFalse(r.description().isBlank(), r.id()));
        assertEquals("endless-loop", Rules.byId("endless-loop").orElseThrow().id());
    }

    @Test
    void findingsAboutTheFlowComeFirstThenByActionInFileOrderThenByRuleId() {
        Flow flow = Lint.text("{'Version': '2', 'StartAction': 'a', 'Actions': ["
                + "{'Identifier': 'a', 'Type': 'Loop', 'Parameters': {'LoopCount': '500'}, 'Transitions':"
                + " {'NextAction': 'b'}},"
                + "{'Identifier': 'b', 'Type': 'Lop', 'Transitions': {'NextAction': 'nowhere'}}]}");

        List<String> order = FlowValidator.validate(flow).stream()
                .map(f -> (f.action() == null ? "-" : f.action()) + " " + f.rule()).toList();

        assertEquals(List.of("- unknown-version", "a loop-conditions", "a loop-conditions", "a loop-count",
                "b dangling-next-action", "b unknown-action-type"), order);
    }

    @Test
    void inALegacyFlowFindingsPointAtTheModuleAndItsStartKey() {
        Flow flow = Lint.text("{'version': '1', 'start': 'm1', 'type': 'contactFlow', 'modules': ["
                + "{'id': 'm1', 'type': 'SetAttributes', 'branches': [{'condition': 'Success', 'transition': 'm9'},"
                + " {'condition': 'Error', 'transition': 'm2'}], 'parameters': [{'name': 'Attribute', 'value': 'v',"
                + " 'key': 'k'}]},"
                + "{'id': 'm2', 'type': 'Disconnect', 'branches': [], 'parameters': []}]}");

        Finding finding = Lint.only("dangling-next-action", flow);

        assertEquals("m1", finding.action());
        assertEquals("/modules/0", finding.pointer());
        assertEquals("/start", Lint.only("dangling-start-action", Lint.text("{'version': '1', 'start': 'x',"
                + " 'modules': [{'id': 'm', 'type': 'Disconnect', 'branches': [], 'parameters': []}]}")).pointer());
    }

    @Test
    void inAnExportWrapperActionPointersStartAtTheContent() {
        String content = json("{'Version': '2019-10-30', 'StartAction': 'a', 'Actions': [{'Identifier': 'a', 'Type':"
                + " 'DisconnectParticipant', 'Transitions': {'NextAction': 'b'}}]}").replace("\"", "\\\"");
        Flow flow = FlowParser.parseText("flows/w.json", "{\"ContactFlow\": {\"Name\": \"W\", \"Content\": \""
                + content + "\"}}");

        assertEquals("/ContactFlow/Content/Actions/0/Transitions/NextAction",
                Lint.only("dangling-next-action", flow).pointer());
    }

    @Test
    void aFindingPrintsAsOneLineWithFileActionRulePlaceAndHint() {
        Finding finding = new Finding("dangling-next-action", Severity.ERROR, "flows/x.json", "3f2a",
                "/Actions/3/Transitions/NextAction", "NextAction is 'b\nc' but no action has that Identifier",
                "point it at an action");

        assertEquals("flows/x.json: action 3f2a: [dangling-next-action] NextAction is 'b\\nc' but no action has"
                + " that Identifier (at /Actions/3/Transitions/NextAction; hint: point it at an action)",
                finding.toString());
        assertEquals("flows/x.json: [unknown-version] missing Version (at /Version; hint: set it)",
                new Finding("unknown-version", Severity.ERROR, "flows/x.json", null, "/Version", "missing Version",
                        "set it").toString());
    }

    @Test
    void theRulesTableCoversEveryRuleThatCanFire() {
        Set<String> ids = Rules.all().stream().map(Rule::id).collect(Collectors.toSet());
        Flow flow = Lint.text("{'Actions': [{'Identifier': 'a:b', 'Type': 'Lop'}]}");

        FlowValidator.validate(flow).forEach(f -> assertTrue(ids.contains(f.rule()), f.rule()));
    }
}
