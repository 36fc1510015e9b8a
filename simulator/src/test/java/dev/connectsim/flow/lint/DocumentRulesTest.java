package dev.connectsim.flow.lint;

import static dev.connectsim.flow.lint.Lint.CLEAN_ACTIONS;
import static dev.connectsim.flow.lint.Lint.actions;
import static dev.connectsim.flow.lint.Lint.json;
import static dev.connectsim.flow.lint.Lint.none;
import static dev.connectsim.flow.lint.Lint.only;
import static dev.connectsim.flow.lint.Lint.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowParseException;
import dev.connectsim.flow.FlowParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** parse, unknown-version, missing-start-action, dangling-start-action, too-many-actions. */
class DocumentRulesTest {

    @Test
    void aCleanFlowHasNoFindingAtAll() {
        assertEquals(List.of(), Lint.findings(actions(CLEAN_ACTIONS)));
    }

    @Test
    void malformedJsonBecomesOneParseErrorWithTheParsersMessageAndItsLineAndColumn() {
        FlowParseException e = assertThrows(FlowParseException.class,
                () -> FlowParser.parseText("flows/x.json", "{\"Version\": \"2019-10-30\",\n \"Actions\": [\n  {"));

        Finding finding = FlowValidator.parseFailure(e);

        assertEquals("parse", finding.rule());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("flows/x.json", finding.file());
        assertNull(finding.action());
        assertEquals("3:4", finding.pointer());
        assertEquals(e.getMessage(), finding.message());
        assertTrue(finding.message().startsWith("flows/x.json:3:4: malformed JSON"), finding.message());
        assertTrue(finding.hint().contains("line and column"), finding.hint());
    }

    @Test
    void aParseErrorInsideAKnownActionNamesItsIdentifierAndPointer() {
        FlowParseException e = assertThrows(FlowParseException.class, () -> FlowParser.parseText("flows/x.json",
                json("{'Version': '2019-10-30', 'Actions': [{'Identifier': 'abc', 'Type': 7}]}")));

        Finding finding = FlowValidator.parseFailure(e);

        assertEquals("abc", finding.action());
        assertEquals("/Actions/0/Type", finding.pointer());
    }

    @Test
    void aVersionOtherThan20191030IsAnErrorAtVersion() {
        Flow flow = text("{'Version': '2019-10-31', 'StartAction': 'start', 'Actions': [" + CLEAN_ACTIONS + "]}");

        Finding finding = only("unknown-version", flow);

        assertEquals(Severity.ERROR, finding.severity());
        assertNull(finding.action());
        assertEquals("/Version", finding.pointer());
        assertEquals("Version is '2019-10-31'; the only valid Version is \"2019-10-30\"", finding.message());
    }

    @Test
    void aMissingVersionIsAnErrorSayingWhatIsExpected() {
        Flow flow = text("{'StartAction': 'start', 'Actions': [" + CLEAN_ACTIONS + "]}");

        assertEquals("missing Version (expected \"2019-10-30\")", only("unknown-version", flow).message());
    }

    @Test
    void theValidVersionAndLegacyFlowsWithTheirOwnVersionAreNotFlagged() {
        none("unknown-version", actions(CLEAN_ACTIONS));
        none("unknown-version", text("{'version': '1', 'start': 'm', 'modules': [{'id': 'm', 'type': 'Disconnect',"
                + " 'branches': [], 'parameters': []}]}"));
    }

    @Test
    void aMissingStartActionIsAnErrorThatSuggestsTheOnlyActionNothingLeadsTo() {
        Flow flow = text("{'Version': '2019-10-30', 'Actions': [" + CLEAN_ACTIONS + "]}");

        Finding finding = only("missing-start-action", flow);

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("/StartAction", finding.pointer());
        assertTrue(finding.message().startsWith("missing StartAction"), finding.message());
        assertTrue(finding.hint().contains("\"StartAction\": \"start\""), finding.hint());
        none("missing-start-action", actions(CLEAN_ACTIONS));
    }

    @Test
    void aStartActionThatNamesNoActionIsAnErrorNamingTheNearestIdentifier() {
        Flow flow = Lint.flow("strat", CLEAN_ACTIONS);

        Finding finding = only("dangling-start-action", flow);

        assertEquals(Severity.ERROR, finding.severity());
        assertNull(finding.action());
        assertEquals("/StartAction", finding.pointer());
        assertEquals("StartAction is 'strat' but no action has that Identifier (did you mean 'start'?)",
                finding.message());
        none("dangling-start-action", actions(CLEAN_ACTIONS));
    }

    @Test
    void inAnExportWrapperFlowPointersStartAtTheContent() {
        String content = json("{'Version': '2019-10-31', 'StartAction': 'start', 'Actions': [" + CLEAN_ACTIONS
                + "]}").replace("\"", "\\\"");
        Flow flow = FlowParser.parseText("flows/w.json", "{\"ContactFlow\": {\"Name\": \"W\", \"Type\":"
                + " \"CONTACT_FLOW\", \"Content\": \"" + content + "\"}}");

        assertEquals("/ContactFlow/Content/Version", only("unknown-version", flow).pointer());
    }

    @Test
    void moreThan250ActionsIsAnErrorAtActions() {
        List<String> actions = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            actions.add("{'Identifier': 'a" + i + "', 'Type': 'UpdateFlowLoggingBehavior', 'Parameters':"
                    + " {'FlowLoggingBehavior': 'Enabled'}, 'Transitions': {'NextAction': 'a" + (i + 1) + "'}}");
        }
        String last = "{'Identifier': 'a250', 'Type': 'DisconnectParticipant', 'Transitions': {}}";

        Finding finding = only("too-many-actions", Lint.flow("a0", String.join(", ", actions) + ", " + last));

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("/Actions", finding.pointer());
        assertEquals("the flow has 251 actions; Connect takes at most 250", finding.message());
        none("too-many-actions", Lint.flow("a1", String.join(", ", actions.subList(1, 250)) + ", " + last));
    }
}
