package dev.connectsim.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Condition;
import dev.connectsim.flow.action.InvokeLambdaFunction;
import dev.connectsim.flow.action.Loop;
import dev.connectsim.flow.action.MessageParticipant;
import dev.connectsim.flow.action.Operator;
import dev.connectsim.flow.action.Transitions;
import dev.connectsim.flow.action.Unsupported;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The current flow language: {@code Version}, {@code StartAction}, {@code Actions}. */
class FlowParserTest {

    private static final String TWO_ACTIONS = """
            {
              "Version": "2019-10-30",
              "StartAction": "loop",
              "Metadata": {"entryPointPosition": {"x": 1, "y": 2}, "name": "Retry once", "type": "queueTransfer"},
              "Actions": [
                {
                  "Identifier": "loop",
                  "Type": "Loop",
                  "Parameters": {"LoopCount": "2"},
                  "Transitions": {
                    "NextAction": "done",
                    "Errors": [],
                    "Conditions": [
                      {"NextAction": "done", "Condition": {"Operator": "Equals", "Operands": ["DoneLooping"]}},
                      {"NextAction": "invoke", "Condition": {"Operator": "Equals", "Operands": ["ContinueLooping"]}}
                    ]
                  }
                },
                {
                  "Identifier": "invoke",
                  "Type": "InvokeLambdaFunction",
                  "Parameters": {
                    "LambdaFunctionARN": "arn:aws:lambda:us-west-2:1:function:Invoke:active",
                    "InvocationTimeLimitSeconds": "8",
                    "LambdaInvocationAttributes": {"methodName": "createTransferVC"}
                  },
                  "Transitions": {
                    "NextAction": "done",
                    "Errors": [
                      {"NextAction": "loop", "ErrorType": "NoMatchingError"},
                      {"NextAction": "done", "ErrorType": "SomethingElse"}
                    ]
                  }
                },
                {"Identifier": "done", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}
              ]
            }""";

    private static Flow parse(String text) {
        return FlowParser.parseText("flows/test.json", text);
    }

    @Test
    void aCurrentFlowLoadsItsVersionStartActionAndActionsInFileOrder() {
        Flow flow = parse(TWO_ACTIONS);

        assertEquals(FlowFormat.CURRENT, flow.format());
        assertEquals("flows/test.json", flow.source());
        assertEquals(Optional.of("2019-10-30"), flow.version());
        assertEquals(Optional.of("loop"), flow.startAction());
        assertEquals(List.of("loop", "invoke", "done"), flow.actions().stream().map(Action::identifier).toList());
        assertEquals(List.of("Loop", "InvokeLambdaFunction", "DisconnectParticipant"),
                flow.actions().stream().map(Action::type).toList());
        assertEquals("2", assertInstanceOf(Loop.class, flow.actions().get(0)).loopCount());
        assertEquals("8", assertInstanceOf(InvokeLambdaFunction.class, flow.actions().get(1))
                .invocationTimeLimitSeconds());
    }

    @Test
    void theNameAndTypeComeFromTheEditorMetadata() {
        Flow flow = parse(TWO_ACTIONS);

        assertEquals("Retry once", flow.name());
        assertEquals(Optional.of("queueTransfer"), flow.typeName());
        assertEquals(Optional.of(FlowType.QUEUE_TRANSFER), flow.type());
    }

    @Test
    void withoutMetadataTheNameIsTheFileNameAndTheTypeIsUnknown() {
        Flow flow = FlowParser.parseText("flows/sub/Sample Inbound.json",
                "{\"Version\": \"2019-10-30\", \"Actions\": []}");

        assertEquals("Sample Inbound", flow.name());
        assertEquals(Optional.empty(), flow.typeName());
        assertEquals(Optional.empty(), flow.type());
    }

    @Test
    void anUnknownFlowTypeIsKeptAsWrittenWithNoEnumValue() {
        Flow flow = parse("{\"Metadata\": {\"type\": \"chatFlow\"}, \"Actions\": []}");

        assertEquals(Optional.of("chatFlow"), flow.typeName());
        assertEquals(Optional.empty(), flow.type());
    }

    @Test
    void actionsAreFoundByIdentifier() {
        Flow flow = parse(TWO_ACTIONS);

        assertSame(flow.actions().get(1), flow.action("invoke").orElseThrow());
        assertEquals(Optional.empty(), flow.action("nowhere"));
    }

    @Test
    void eachActionKnowsItsPointerInTheFile() {
        Flow flow = parse(TWO_ACTIONS);

        assertEquals(List.of("/Actions/0", "/Actions/1", "/Actions/2"),
                flow.actions().stream().map(Action::pointer).toList());
    }

    @Test
    void transitionsKeepErrorsAndConditionsInFileOrder() {
        Flow flow = parse(TWO_ACTIONS);
        Transitions loop = flow.action("loop").orElseThrow().transitions();
        Transitions invoke = flow.action("invoke").orElseThrow().transitions();

        assertEquals("done", loop.nextAction());
        assertEquals(List.of(
                new Transitions.OnCondition(Condition.of(Operator.EQUALS, "DoneLooping"), "done"),
                new Transitions.OnCondition(Condition.of(Operator.EQUALS, "ContinueLooping"), "invoke")),
                loop.conditions());
        assertEquals(List.of(new Transitions.OnError("NoMatchingError", "loop"),
                new Transitions.OnError("SomethingElse", "done")), invoke.errors());
        assertEquals(Optional.of("loop"), invoke.onError("NoMatchingError"));
        assertEquals(Optional.empty(), invoke.onError("QueueAtCapacity"), "no fallback at load time");
        assertEquals(List.of("done", "loop"), invoke.targets());
    }

    @Test
    void aTerminalActionHasNoTransitions() {
        Transitions done = parse(TWO_ACTIONS).action("done").orElseThrow().transitions();

        assertEquals(Transitions.NONE, done);
        assertEquals(List.of(), done.targets());
    }

    @Test
    void anActionWithoutParametersOrTransitionsLoadsWithNeither() {
        Flow flow = parse("{\"Actions\": [{\"Identifier\": \"q\", \"Type\": \"TransferContactToQueue\"}]}");

        Action queue = flow.actions().get(0);
        assertEquals(Map.of(), queue.parameters());
        assertEquals(Transitions.NONE, queue.transitions());
    }

    @Test
    void anOperatorTheLanguageDoesNotHaveIsKeptForValidationToName() {
        Flow flow = parse("""
                {"Actions": [{"Identifier": "c", "Type": "Compare", "Parameters": {"ComparisonValue": "$.Attributes.n"},
                  "Transitions": {"Conditions": [
                    {"NextAction": "x", "Condition": {"Operator": "GreaterThan", "Operands": ["3"]}}]}}]}""");

        Condition condition = flow.actions().get(0).transitions().conditions().get(0).condition();
        assertEquals("GreaterThan", condition.operatorName());
        assertEquals(Optional.empty(), condition.operator());
        assertEquals(List.of("3"), condition.operands());
    }

    @Test
    void everyOperatorOfTheLanguageIsKnownByItsConnectName() {
        List<String> names = List.of("Equals", "TextStartsWith", "TextEndsWith", "TextContains", "NumberGreaterThan",
                "NumberGreaterOrEqualTo", "NumberLessThan", "NumberLessOrEqualTo");

        assertEquals(names, java.util.Arrays.stream(Operator.values()).map(Operator::connectName).toList());
        names.forEach(n -> assertEquals(n, Operator.named(n).orElseThrow().connectName()));
        assertEquals(Optional.empty(), Operator.named("equals"), "case-sensitive");
    }

    @Test
    void anUnknownActionTypeLoadsAsUnsupportedWithItsPlaceAndParameters() {
        Flow flow = parse("""
                {"Actions": [
                  {"Identifier": "w", "Type": "Wait", "Parameters": {"TimeLimitSeconds": "30"},
                   "Transitions": {"NextAction": "x"}}]}""");

        Unsupported wait = assertInstanceOf(Unsupported.class, flow.actions().get(0));
        assertEquals("Wait", wait.type());
        assertEquals("/Actions/0", wait.pointer());
        assertEquals(Map.of("TimeLimitSeconds", "30"), wait.parameters());
        assertEquals("x", wait.transitions().nextAction());
    }

    @Test
    void anUnknownVersionAndAMissingStartActionLoadForValidationToReport() {
        Flow flow = parse("{\"Version\": \"2024-01-01\", \"Actions\": []}");

        assertEquals(Optional.of("2024-01-01"), flow.version());
        assertEquals(Optional.empty(), flow.startAction());
    }

    @Test
    void aRepeatedIdentifierKeepsBothActionsAndTheLookupFindsTheFirst() {
        Flow flow = parse("""
                {"Actions": [
                  {"Identifier": "same", "Type": "MessageParticipant", "Parameters": {"Text": "first"}},
                  {"Identifier": "same", "Type": "MessageParticipant", "Parameters": {"Text": "second"}}]}""");

        assertEquals(2, flow.actions().size());
        assertEquals("first", assertInstanceOf(MessageParticipant.class, flow.action("same").orElseThrow())
                .prompt().text());
    }

    @Test
    void numbersAndBooleansInParametersAreKeptAsTheirJsonText() {
        Flow flow = parse("""
                {"Actions": [{"Identifier": "r", "Type": "UpdateContactRoutingCriteria", "Parameters": {
                  "RoutingCriteria": {"Steps": [{"Expression": {"AttributeCondition": {"ProficiencyLevel": 1,
                    "Strict": true}}}]}}}]}""");

        assertEquals(Map.of("RoutingCriteria", Map.of("Steps", List.of(Map.of("Expression",
                Map.of("AttributeCondition", Map.of("ProficiencyLevel", "1", "Strict", "true")))))),
                flow.actions().get(0).parameters());
    }

    @Test
    void aFileWithAByteOrderMarkLoads(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bom.json");
        Files.write(file, ("\uFEFF" + "{\"Version\": \"2019-10-30\", \"Actions\": []}")
                .getBytes(StandardCharsets.UTF_8));

        Flow flow = FlowParser.parseFile(file);

        assertEquals(file.toString(), flow.source());
        assertEquals("bom", flow.name());
        assertTrue(flow.actions().isEmpty());
    }

    @Test
    void flowTypesAreReadInTheApisFormAndTheEditorsForm() {
        assertEquals(Optional.of(FlowType.AGENT_TRANSFER), FlowType.named("AGENT_TRANSFER"));
        assertEquals(Optional.of(FlowType.AGENT_TRANSFER), FlowType.named("agentTransfer"));
        assertEquals(Optional.of(FlowType.OUTBOUND_WHISPER), FlowType.named("outboundWhisper"));
        assertEquals(Optional.of(FlowType.CONTACT_FLOW), FlowType.named("contactFlow"));
        assertEquals(Optional.empty(), FlowType.named("chatFlow"));
    }
}
