package dev.connectsim.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.UpdateContactTargetQueue;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The export wrapper: {@code {"ContactFlow": {"Name", "Type", "Content": "<flow JSON as a string>"}}}. */
class ExportWrapperTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ExportWrapperTest.class.getResource("/flows/" + name).toURI());
    }

    /**
     * JSON written with single quotes, for readable tests: {@code '} becomes {@code "}, so {@code \'} (written
     * {@code \\'} in Java) inside the Content string becomes the escaped quote {@code \"}.
     */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static Flow parse(String singleQuoted) {
        return FlowParser.parseText("flows/x.json", json(singleQuoted));
    }

    private static String messageFor(String singleQuoted) {
        return assertThrows(FlowParseException.class, () -> parse(singleQuoted)).getMessage();
    }

    @Test
    void anExportLoadsItsContentWithTheNameAndTypeOfTheWrapper() throws URISyntaxException {
        Flow flow = FlowParser.parseFile(fixture("export-wrapper.json"));

        assertEquals(FlowFormat.EXPORT_WRAPPER, flow.format());
        assertEquals("Agent transfer (exported)", flow.name());
        assertEquals(Optional.of("AGENT_TRANSFER"), flow.typeName());
        assertEquals(Optional.of(FlowType.AGENT_TRANSFER), flow.type());
        assertEquals(Optional.of("2019-10-30"), flow.version());
        assertEquals(Optional.of("set-recording"), flow.startAction());
        assertEquals(List.of("UpdateContactRecordingBehavior", "UpdateContactTargetQueue", "TransferContactToQueue",
                "DisconnectParticipant"), flow.actions().stream().map(Action::type).toList());
        assertEquals("$.Agent.UserName",
                assertInstanceOf(UpdateContactTargetQueue.class, flow.action("agent-queue").orElseThrow()).agentId());
    }

    @Test
    void pointersOfTheContentActionsContinueUnderContent() throws URISyntaxException {
        Flow flow = FlowParser.parseFile(fixture("export-wrapper.json"));

        assertEquals("/ContactFlow/Content/Actions/2", flow.action("transfer").orElseThrow().pointer());
    }

    @Test
    void malformedContentIsReportedAtItsLineAndColumnInsideTheContentString() {
        String text = "{'ContactFlow': {'Name': 'n',"
                + " 'Content': '{\\'Version\\': \\'2019-10-30\\',\\n \\'Actions\\': ['}}";

        assertEquals("flows/x.json: /ContactFlow/Content:2:14: malformed JSON: Unexpected end-of-input"
                + " (expected a closing ']' for the array opened at 2:13)", messageFor(text));
    }

    @Test
    void aBadActionInsideTheContentIsNamedByItsPointerUnderContent() {
        assertEquals("flows/x.json: /ContactFlow/Content/Actions/0: expected an object for an action, found a number",
                messageFor("{'ContactFlow': {'Content': '{\\'Actions\\': [3]}'}}"));
        assertEquals("flows/x.json: action 'a' (/ContactFlow/Content/Actions/0/Type): missing field Type",
                messageFor("{'ContactFlow': {'Content': '{\\'Actions\\': [{\\'Identifier\\': \\'a\\'}]}'}}"));
    }

    @Test
    void aMissingEmptyOrNonTextContentIsNamed() {
        assertEquals("flows/x.json: /ContactFlow/Content: missing field Content",
                messageFor("{'ContactFlow': {'Name': 'n'}}"));
        assertEquals("flows/x.json: /ContactFlow/Content: the Content string is empty (expected the flow JSON)",
                messageFor("{'ContactFlow': {'Name': 'n', 'Content': ' '}}"));
        assertEquals("flows/x.json: /ContactFlow/Content: expected a string for Content (the flow JSON as text),"
                + " found a number", messageFor("{'ContactFlow': {'Content': 5}}"));
        assertEquals("flows/x.json: /ContactFlow: expected an object for ContactFlow, found a string",
                messageFor("{'ContactFlow': 'x'}"));
    }

    @Test
    void contentGivenAsAnObjectRatherThanAStringAlsoLoads() {
        Flow flow = parse("{'ContactFlow': {'Name': 'Inline', 'Content':"
                + " {'Version': '2019-10-30', 'Actions': [{'Identifier': 'd', 'Type': 'DisconnectParticipant'}]}}}");

        assertEquals(FlowFormat.EXPORT_WRAPPER, flow.format());
        assertEquals("Inline", flow.name());
        assertEquals("/ContactFlow/Content/Actions/0", flow.actions().get(0).pointer());
    }

    @Test
    void aWrapperWithoutNameOrTypeFallsBackToTheContentMetadataAndTheFileName() {
        Flow named = parse("{'ContactFlow': {'Content': '{\\'Metadata\\': {\\'name\\': \\'From metadata\\',"
                + " \\'type\\': \\'customerQueue\\'}, \\'Actions\\': []}'}}");
        Flow bare = parse("{'ContactFlow': {'Content': '{\\'Actions\\': []}'}}");

        assertEquals("From metadata", named.name());
        assertEquals(Optional.of(FlowType.CUSTOMER_QUEUE), named.type());
        assertEquals("x", bare.name());
    }

    @Test
    void aWrapperInsideAWrapperIsNotAFlow() {
        assertEquals("flows/x.json: /ContactFlow/Content: not a flow: expected Actions (the flow language) or"
                + " modules (the legacy format); found keys ContactFlow",
                messageFor("{'ContactFlow': {'Content': '{\\'ContactFlow\\': {\\'Actions\\': []}}'}}"));
    }

    @Test
    void legacyContentInsideAWrapperIsMappedToo() {
        Flow flow = parse("{'ContactFlow': {'Name': 'Old', 'Content':"
                + " '{\\'modules\\': [{\\'id\\': \\'m\\', \\'type\\': \\'Disconnect\\'}], \\'start\\': \\'m\\'}'}}");

        assertEquals(FlowFormat.EXPORT_WRAPPER, flow.format());
        assertEquals("DisconnectParticipant", flow.actions().get(0).type());
        assertEquals("/ContactFlow/Content/modules/0", flow.actions().get(0).pointer());
    }
}
