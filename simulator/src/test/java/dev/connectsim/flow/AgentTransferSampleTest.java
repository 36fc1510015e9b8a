package dev.connectsim.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Condition;
import dev.connectsim.flow.action.InvokeLambdaFunction;
import dev.connectsim.flow.action.Loop;
import dev.connectsim.flow.action.MessageParticipant;
import dev.connectsim.flow.action.Operator;
import dev.connectsim.flow.action.TransferContactToAgent;
import dev.connectsim.flow.action.Transitions;
import dev.connectsim.flow.action.UpdateContactAttributes;
import dev.connectsim.flow.action.UpdateContactRecordingBehavior;
import dev.connectsim.flow.action.UpdateFlowLoggingBehavior;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Salesforce agent-transfer sample loads into the structure of connect-flows-and-scv.md section 2.1(a):
 * logging, Loop "2" around createTransferVC (8 s, errors back to the Loop), voiceCallId from $.External,
 * the error attribute when the loop is done, the prompt, recording with analytics, transfer to agent.
 */
class AgentTransferSampleTest {

    private static Flow flow;

    @BeforeAll
    static void load() {
        flow = FlowParser.parseFile(SalesforceExamples.file("Sample SCV Transfer Flow For Agent Transfers.json"));
    }

    private static <A extends Action> A next(Action from, Class<A> type) {
        return type.cast(assertInstanceOf(type, flow.action(from.transitions().nextAction()).orElseThrow()));
    }

    private static <A extends Action> A at(String identifier, Class<A> type) {
        return assertInstanceOf(type, flow.action(identifier).orElseThrow());
    }

    @Test
    void itStartsByTurningOnFlowLogsThenEntersALoopOfTwo() {
        UpdateFlowLoggingBehavior logging = at(flow.startAction().orElseThrow(), UpdateFlowLoggingBehavior.class);
        Loop loop = next(logging, Loop.class);

        assertTrue(logging.enabled());
        assertEquals("2", loop.loopCount());
        assertEquals(FlowFormat.CURRENT, flow.format());
        assertEquals(Optional.empty(), flow.type(), "the bare export does not say its type");
    }

    @Test
    void continueLoopingInvokesCreateTransferVcWithAnEightSecondLimitWhoseErrorGoesBackToTheLoop() {
        Loop loop = next(at(flow.startAction().orElseThrow(), UpdateFlowLoggingBehavior.class), Loop.class);
        String continueTarget = loop.transitions().conditions().stream()
                .filter(c -> c.condition().equals(Condition.of(Operator.EQUALS, "ContinueLooping")))
                .findFirst().orElseThrow().nextAction();

        InvokeLambdaFunction invoke = at(continueTarget, InvokeLambdaFunction.class);

        assertTrue(invoke.lambdaFunctionArn().endsWith("-InvokeTelephonyIntegrationApiFunction:active"),
                invoke.lambdaFunctionArn());
        assertEquals("8", invoke.invocationTimeLimitSeconds());
        assertEquals(Map.of("methodName", "createTransferVC"), invoke.invocationAttributes());
        assertEquals(null, invoke.responseType(), "no ResponseValidation");
        assertEquals(Optional.of(loop.identifier()), invoke.transitions().onError("NoMatchingError"));
    }

    @Test
    void onSuccessVoiceCallIdIsCopiedFromExternalThenTheCallerHearsThePrompt() {
        InvokeLambdaFunction invoke = flow.actions().stream()
                .filter(InvokeLambdaFunction.class::isInstance).map(InvokeLambdaFunction.class::cast)
                .findFirst().orElseThrow();

        UpdateContactAttributes store = next(invoke, UpdateContactAttributes.class);
        MessageParticipant prompt = next(store, MessageParticipant.class);

        assertEquals(Map.of("voiceCallId", "$.External.voiceCallId"), store.attributes());
        assertEquals(Optional.of(prompt.identifier()), store.transitions().onError("NoMatchingError"),
                "success or error, on to the prompt");
        assertEquals("Transferring now to an available agent.", prompt.prompt().text());
    }

    @Test
    void doneLoopingSetsTheErrorAttributeAndStillGoesOnToThePrompt() {
        Loop loop = flow.actions().stream().filter(Loop.class::isInstance).map(Loop.class::cast)
                .findFirst().orElseThrow();
        String doneTarget = loop.transitions().conditions().stream()
                .filter(c -> c.condition().equals(Condition.of(Operator.EQUALS, "DoneLooping")))
                .findFirst().orElseThrow().nextAction();

        UpdateContactAttributes error = at(doneTarget, UpdateContactAttributes.class);

        assertEquals(doneTarget, loop.transitions().nextAction(), "NextAction is the Done target too");
        assertEquals(Map.of("error", "VoiceCall record creation failed."), error.attributes());
        assertEquals("MessageParticipant", flow.action(error.transitions().nextAction()).orElseThrow().type());
    }

    @Test
    void afterThePromptItRecordsBothPartiesWithAnalyticsAndTransfersToTheAgent() {
        MessageParticipant prompt = flow.actions().stream().filter(MessageParticipant.class::isInstance)
                .map(MessageParticipant.class::cast).findFirst().orElseThrow();

        UpdateContactRecordingBehavior recording = next(prompt, UpdateContactRecordingBehavior.class);
        TransferContactToAgent transfer = next(recording, TransferContactToAgent.class);

        assertEquals(List.of("Agent", "Customer"), recording.recordedParticipants());
        assertTrue(recording.analyticsEnabled());
        assertEquals(Transitions.NONE, transfer.transitions());
        assertEquals(8, flow.actions().size());
    }
}
