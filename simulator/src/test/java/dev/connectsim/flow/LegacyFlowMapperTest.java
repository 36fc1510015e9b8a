package dev.connectsim.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Compare;
import dev.connectsim.flow.action.Condition;
import dev.connectsim.flow.action.GetParticipantInput;
import dev.connectsim.flow.action.InvokeLambdaFunction;
import dev.connectsim.flow.action.MessageParticipant;
import dev.connectsim.flow.action.Operator;
import dev.connectsim.flow.action.Transitions;
import dev.connectsim.flow.action.Unsupported;
import dev.connectsim.flow.action.UpdateContactAttributes;
import dev.connectsim.flow.action.UpdateContactRecordingBehavior;
import dev.connectsim.flow.action.UpdateContactTargetQueue;
import dev.connectsim.flow.action.UpdateFlowLoggingBehavior;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The legacy {@code modules} format, mapped onto the current actions (table in {@link LegacyFlowMapper}). */
class LegacyFlowMapperTest {

    private static Flow fixture() throws URISyntaxException {
        return FlowParser.parseFile(
                Path.of(LegacyFlowMapperTest.class.getResource("/flows/legacy-small.json").toURI()));
    }

    /** The one module of a legacy flow, written with single quotes for readability. */
    private static Action module(String singleQuoted) {
        String json = ("{'modules': [" + singleQuoted + "]}").replace('\'', '"');
        return FlowParser.parseText("flows/old.json", json).actions().get(0);
    }

    @Test
    void aLegacyFileLoadsWithItsStartTypeVersionAndName() throws URISyntaxException {
        Flow flow = fixture();

        assertEquals(FlowFormat.LEGACY, flow.format());
        assertEquals("Legacy sales line", flow.name());
        assertEquals(Optional.of(FlowType.CONTACT_FLOW), flow.type());
        assertEquals(Optional.of("1"), flow.version());
        assertEquals(Optional.of("logging"), flow.startAction());
        assertEquals("/modules/4", flow.action("set-attributes").orElseThrow().pointer());
    }

    @Test
    void eachLegacyModuleBecomesTheCurrentActionThatDoesTheSame() throws URISyntaxException {
        List<String> types = fixture().actions().stream().map(Action::type).toList();

        assertEquals(List.of("UpdateFlowLoggingBehavior", "GetParticipantInput", "GetParticipantInput", "Compare",
                "UpdateContactAttributes", "InvokeLambdaFunction", "UpdateContactTargetQueue",
                "UpdateContactRecordingBehavior", "UpdateContactMediaStreamingBehavior", "TransferContactToQueue",
                "MessageParticipant", "DisconnectParticipant", "Wait"), types);
    }

    @Test
    void successBecomesNextActionAndErrorBecomesNoMatchingError() throws URISyntaxException {
        Transitions invoke = fixture().action("invoke").orElseThrow().transitions();

        assertEquals(new Transitions("queue", List.of(new Transitions.OnError("NoMatchingError", "goodbye")),
                List.of()), invoke);
    }

    @Test
    void aMenuMapsEvaluateToConditionsAndTimeoutAndNoMatchToTheirErrors() throws URISyntaxException {
        GetParticipantInput menu = assertInstanceOf(GetParticipantInput.class, fixture().action("menu").orElseThrow());

        assertEquals(List.of(
                new Transitions.OnCondition(Condition.of(Operator.EQUALS, "1"), "set-attributes"),
                new Transitions.OnCondition(Condition.of(Operator.EQUALS, "2"), "case-number")),
                menu.transitions().conditions());
        assertEquals(List.of(new Transitions.OnError("InputTimeLimitExceeded", "goodbye"),
                new Transitions.OnError("NoMatchingCondition", "goodbye"),
                new Transitions.OnError("NoMatchingError", "goodbye")), menu.transitions().errors());
        assertEquals("Press 1 for sales, 2 for an existing case.", menu.prompt().text());
        assertEquals("5", menu.inputTimeLimitSeconds());
        assertFalse(menu.storeInput());
    }

    @Test
    void storeUserInputBecomesAStoringInputWithItsLengthAndCancelKey() throws URISyntaxException {
        GetParticipantInput store =
                assertInstanceOf(GetParticipantInput.class, fixture().action("case-number").orElseThrow());

        assertTrue(store.storeInput());
        assertEquals("<speak>Enter your case number.</speak>", store.prompt().ssml(), "TextToSpeechType ssml");
        assertEquals(Map.of("CustomValidation", Map.of("MaximumLength", "8")),
                store.parameters().get("InputValidation"));
        assertEquals(Map.of("DisableCancelKey", "False"), store.parameters().get("DTMFConfiguration"));
    }

    @Test
    void namespacesBecomeReferencesOfTheCurrentLanguage() throws URISyntaxException {
        Flow flow = fixture();
        UpdateContactAttributes set =
                assertInstanceOf(UpdateContactAttributes.class, flow.action("set-attributes").orElseThrow());
        InvokeLambdaFunction invoke = assertInstanceOf(InvokeLambdaFunction.class, flow.action("invoke").orElseThrow());
        Compare check = assertInstanceOf(Compare.class, flow.action("check-case").orElseThrow());

        assertEquals(Map.of("department", "Sales", "caller", "$.CustomerEndpoint.Address",
                "voiceCallId", "$.External.voiceCallId", "copy", "$.Attributes.department"), set.attributes());
        assertEquals(Map.of("methodName", "createVoiceCall", "caseId", "$.Attributes.caseId"),
                invoke.invocationAttributes());
        assertEquals("arn:aws:lambda:us-west-2:1:function:Invoke", invoke.lambdaFunctionArn());
        assertEquals("8", invoke.invocationTimeLimitSeconds());
        assertEquals("$.StoredCustomerInput", check.comparisonValue());
        assertEquals(List.of(new Transitions.OnCondition(Condition.of(Operator.TEXT_STARTS_WITH, "500"),
                "set-attributes")), check.transitions().conditions());
        assertEquals(Optional.of("goodbye"), check.transitions().onError("NoMatchingCondition"));
    }

    @Test
    void queueRecordingLoggingAndStreamingGetTheirCurrentParameters() throws URISyntaxException {
        Flow flow = fixture();

        assertTrue(assertInstanceOf(UpdateFlowLoggingBehavior.class, flow.action("logging").orElseThrow()).enabled());
        assertEquals("arn:aws:connect:us-west-2:1:instance/i/queue/q-sales",
                assertInstanceOf(UpdateContactTargetQueue.class, flow.action("queue").orElseThrow()).queueId());
        assertEquals(List.of("Agent", "Customer"), assertInstanceOf(UpdateContactRecordingBehavior.class,
                flow.action("record").orElseThrow()).recordedParticipants());
        assertEquals(Map.of("MediaStreamingState", "Enabled", "MediaStreamType", "Audio", "Participants",
                List.of(Map.of("ParticipantType", "Customer", "MediaDirections", List.of("From", "To")))),
                flow.action("stream").orElseThrow().parameters());
        assertEquals("Goodbye from $.Queue.Name",
                assertInstanceOf(MessageParticipant.class, flow.action("goodbye").orElseThrow()).prompt().text());
    }

    @Test
    void aQueueTransferMapsAtCapacityToQueueAtCapacity() throws URISyntaxException {
        Transitions transfer = fixture().action("transfer").orElseThrow().transitions();

        assertEquals(List.of(new Transitions.OnError("QueueAtCapacity", "goodbye"),
                new Transitions.OnError("NoMatchingError", "goodbye")), transfer.errors());
    }

    @Test
    void aModuleTypeWithNoMappingIsUnsupportedWithItsLegacyTypeAndRawParameters() throws URISyntaxException {
        Unsupported wait = assertInstanceOf(Unsupported.class, fixture().action("wait").orElseThrow());

        assertEquals("Wait", wait.type());
        assertEquals("legacy module Wait: module type Wait has no mapping", wait.reason());
        assertEquals(Map.of("parameters", List.of(Map.of("name", "Seconds", "value", "30"))), wait.parameters());
        assertEquals("hang-up", wait.transitions().nextAction());
    }

    @Test
    void anythingAMappedModuleSaysThatHasNoMappingMakesItUnsupportedNamingWhat() {
        Unsupported lex = assertInstanceOf(Unsupported.class, module("{'id': 'm', 'type': 'GetUserInput',"
                + " 'target': 'Lex', 'parameters': [{'name': 'Text', 'value': 'Hi'}]}"));
        Unsupported namespace = assertInstanceOf(Unsupported.class, module("{'id': 'm', 'type': 'SetAttributes',"
                + " 'parameters': [{'name': 'Attribute', 'key': 'k', 'value': 'Slot', 'namespace': 'Lex'}]}"));
        Unsupported system = assertInstanceOf(Unsupported.class, module("{'id': 'm', 'type': 'SetAttributes',"
                + " 'parameters': [{'name': 'Attribute', 'key': 'k', 'value': 'Moon phase', 'namespace': 'System'}]}"));
        Unsupported branch = assertInstanceOf(Unsupported.class, module("{'id': 'm', 'type': 'PlayPrompt',"
                + " 'branches': [{'condition': 'Interrupted', 'transition': 'x'}],"
                + " 'parameters': [{'name': 'Text', 'value': 'Hi'}]}"));
        Unsupported parameter = assertInstanceOf(Unsupported.class, module("{'id': 'm', 'type': 'PlayPrompt',"
                + " 'parameters': [{'name': 'Text', 'value': 'Hi'}, {'name': 'Voice', 'value': 'Joanna'}]}"));

        assertEquals("legacy module GetUserInput (target Lex): target 'Lex' has no mapping", lex.reason());
        assertEquals("legacy module SetAttributes: namespace 'Lex' has no mapping", namespace.reason());
        assertEquals("legacy module SetAttributes: System attribute 'Moon phase' has no mapping", system.reason());
        assertEquals("legacy module PlayPrompt: branch 'Interrupted' has no mapping", branch.reason());
        assertEquals("legacy module PlayPrompt: parameter 'Voice' has no mapping", parameter.reason());
        assertEquals(Map.of("parameters", List.of(Map.of("name", "Text", "value", "Hi")), "target", "Lex"),
                lex.parameters());
    }

    @Test
    void aTransferToAFlowKeepsTheFlowAndItsErrorBranch() {
        Action transfer = module("{'id': 't', 'type': 'Transfer', 'target': 'Flow',"
                + " 'parameters': [{'name': 'ContactFlowId', 'value': 'arn:flow/1', 'resourceName': 'Next'}],"
                + " 'branches': [{'condition': 'Error', 'transition': 'd'}]}");

        assertEquals("TransferToFlow", transfer.type());
        assertEquals(Map.of("ContactFlowId", "arn:flow/1"), transfer.parameters());
        assertEquals(Optional.of("d"), transfer.transitions().onError("NoMatchingError"));
        assertEquals(null, transfer.transitions().nextAction());
    }

    @Test
    void aLegacyHoursCheckMapsTrueAndFalseToConditions() {
        Action hours = module("{'id': 'h', 'type': 'CheckHoursOfOperation', 'branches': ["
                + "{'condition': 'True', 'transition': 'open'}, {'condition': 'False', 'transition': 'closed'},"
                + " {'condition': 'Error', 'transition': 'closed'}]}");

        assertEquals("CheckHoursOfOperation", hours.type());
        assertEquals(List.of(new Transitions.OnCondition(Condition.of(Operator.EQUALS, "True"), "open"),
                new Transitions.OnCondition(Condition.of(Operator.EQUALS, "False"), "closed")),
                hours.transitions().conditions());
    }

    @Test
    void theNewOrExistingCaseSampleMapsEveryModuleItUses() {
        Flow flow = FlowParser.parseFile(SalesforceExamples.file("SCVCB - New or Existing Case.json"));

        assertEquals(FlowFormat.LEGACY, flow.format());
        assertEquals("SCVCB - New or Existing Case", flow.name());
        assertEquals(Optional.of("90752952-4cc4-4213-a7a4-eb289d070a8e"), flow.startAction());
        assertEquals(List.of("DisconnectParticipant", "DisconnectParticipant", "MessageParticipant",
                "UpdateFlowLoggingBehavior", "MessageParticipant", "MessageParticipant", "GetParticipantInput",
                "MessageParticipant", "GetParticipantInput", "DisconnectParticipant", "UpdateContactAttributes",
                "UpdateContactAttributes", "TransferToFlow"), flow.actions().stream().map(Action::type).toList());

        GetParticipantInput menu = assertInstanceOf(GetParticipantInput.class,
                flow.action("7f66a1bb-652c-4c5b-a7a7-b7510ef0a4d2").orElseThrow());
        assertEquals(List.of("3278040f-e796-426d-a66a-71063ef99f0f", "a18eb949-e9dd-4fe8-a012-eca6032629f7"),
                menu.transitions().conditions().stream().map(Transitions.OnCondition::nextAction).toList());
        assertEquals(List.of("InputTimeLimitExceeded", "NoMatchingCondition", "NoMatchingError"),
                menu.transitions().errors().stream().map(Transitions.OnError::errorType).toList());

        UpdateContactAttributes existing = assertInstanceOf(UpdateContactAttributes.class,
                flow.action("67521f5b-a5ff-453e-874b-3bdb71b462f5").orElseThrow());
        assertEquals(Map.of("sfdc-IVRType__c", "ExistingCase", "sfdc-IVRInput__c", "$.StoredCustomerInput"),
                existing.attributes());
    }

    @Test
    void everyModuleOfTheFiveLegacySamplesHasAMapping() {
        List<Path> legacy = SalesforceExamples.jsonFiles().stream()
                .filter(p -> FlowParser.parseFile(p).format() == FlowFormat.LEGACY)
                .toList();

        assertEquals(5, legacy.size());
        for (Path file : legacy) {
            for (Action action : FlowParser.parseFile(file).actions()) {
                assertFalse(action instanceof Unsupported, file.getFileName() + ": " + action);
            }
        }
    }
}
