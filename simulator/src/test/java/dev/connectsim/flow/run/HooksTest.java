package dev.connectsim.flow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.ContactState;
import dev.connectsim.contact.DisconnectReason;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.contact.Party;
import dev.connectsim.flow.FlowType;
import dev.connectsim.telephony.ThirdPartyBehavior;
import dev.connectsim.testing.Calls;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event hooks run their flows: CustomerRemaining, CustomerQueue, and the whispers. */
class HooksTest {

    /** Sets the {@code hook} to {@code flow}, then queues the call in BasicQueue, where alice takes it. */
    private static String inboundSetting(String hook, String flow) {
        return """
                {"Identifier":"hook","Type":"UpdateContactEventHooks","Parameters":{"EventHooks":{"%s":"%s"}},
                 "Transitions":{"NextAction":"queue","Errors":[{"ErrorType":"NoMatchingError","NextAction":"oops"}]}},
                {"Identifier":"queue","Type":"UpdateContactTargetQueue","Parameters":{"QueueId":"BasicQueue"},
                 "Transitions":{"NextAction":"transfer","Errors":[{"ErrorType":"NoMatchingError","NextAction":"oops"}]}},
                {"Identifier":"transfer","Type":"TransferContactToQueue","Parameters":{},
                 "Transitions":{"NextAction":"oops","Errors":[{"ErrorType":"QueueAtCapacity","NextAction":"oops"},
                   {"ErrorType":"NoMatchingError","NextAction":"oops"}]}},
                """.formatted(hook, flow) + FlowTestBed.disconnect("oops");
    }

    /** A flow that tells the caller to hold and queues them for carol in SupportQueue. */
    private static final String BACK_TO_QUEUE = """
            {"Identifier":"hold-on","Type":"MessageParticipant","Parameters":{"Text":"Please hold for the next agent."},
             "Transitions":{"NextAction":"support","Errors":[{"ErrorType":"NoMatchingError","NextAction":"support"}]}},
            {"Identifier":"support","Type":"UpdateContactTargetQueue","Parameters":{"QueueId":"SupportQueue"},
             "Transitions":{"NextAction":"requeue","Errors":[{"ErrorType":"NoMatchingError","NextAction":"gone"}]}},
            {"Identifier":"requeue","Type":"TransferContactToQueue","Parameters":{},
             "Transitions":{"NextAction":"gone","Errors":[{"ErrorType":"QueueAtCapacity","NextAction":"gone"},
               {"ErrorType":"NoMatchingError","NextAction":"gone"}]}},
            """ + FlowTestBed.disconnect("gone");

    private static FlowTestBed remainingBed() {
        return FlowTestBed.inbound(inboundSetting("CustomerRemaining", "Back To Queue"))
                .flow("Back To Queue", FlowType.CONTACT_FLOW, BACK_TO_QUEUE);
    }

    private static Contact aliceAccepts(FlowTestBed bed, String contactId) {
        assertTrue(bed.sim().runUntil(() -> Calls.stateOf(bed.sim(), "alice", contactId) == ContactState.CONNECTING,
                Duration.ofSeconds(10)).conditionMet(), "alice was offered the call");
        Calls.aliceContact(bed.sim(), contactId).orElseThrow().accept(Callbacks.none());
        assertTrue(bed.sim().runUntil(() -> Calls.stateOf(bed.sim(), "alice", contactId) == ContactState.CONNECTED,
                Duration.ofSeconds(5)).conditionMet(), "alice connected");
        return Calls.aliceContact(bed.sim(), contactId).orElseThrow();
    }

    @Test
    void aBlindTransferNobodyAnswersHandsTheCustomerToTheCustomerRemainingFlowInsteadOfDroppingThem() {
        FlowTestBed bed = remainingBed();
        bed.sim().phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.neverAnswers());
        String contactId = bed.call();
        Contact alice = aliceAccepts(bed, contactId);

        alice.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), Callbacks.none());
        alice.getAgentConnection().destroy(Callbacks.none());
        bed.sim().runFor(Duration.ofSeconds(40));

        assertFalse(bed.sim().contact(contactId).isDisconnected(), "the customer is still on the line");
        assertEquals(List.of("Please hold for the next agent."), bed.heard(contactId).subList(0, 1));
        FlowRunRecord remaining = bed.runsOf(contactId).get(1);
        assertEquals(RunKind.CUSTOMER_REMAINING, remaining.kind());
        assertEquals(EndReason.QUEUED, remaining.reason());
        assertEquals(ContactState.CONNECTED, Calls.stateOf(bed.sim(), "carol", contactId),
                "carol (accepts after 3 s) took the customer from SupportQueue");
    }

    @Test
    void withoutTheHookTheSameBlindTransferDropsTheCustomer() {
        FlowTestBed bed = FlowTestBed.inbound(inboundSetting("AgentHold", "Back To Queue"))
                .flow("Back To Queue", FlowType.CONTACT_FLOW, BACK_TO_QUEUE);
        bed.sim().phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.neverAnswers());
        String contactId = bed.call();
        Contact alice = aliceAccepts(bed, contactId);

        alice.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), Callbacks.none());
        alice.getAgentConnection().destroy(Callbacks.none());
        bed.sim().runFor(Duration.ofSeconds(40));

        assertTrue(bed.sim().contact(contactId).isDisconnected());
        assertEquals(DisconnectReason.THIRD_PARTY_DISCONNECT, bed.sim().contact(contactId).record()
                .disconnectReason());
        assertEquals(1, bed.runsOf(contactId).size(), "no hook flow ran");
    }

    @Test
    void theAgentHangingUpRunsTheCustomerRemainingFlowForTheCustomerLeftOnTheLine() {
        FlowTestBed bed = remainingBed();
        String contactId = bed.call();
        Contact alice = aliceAccepts(bed, contactId);

        alice.getAgentConnection().destroy(Callbacks.none());
        bed.sim().runFor(Duration.ofSeconds(10));

        assertEquals(ConnectionState.CONNECTED, Calls.partyState(bed.sim(), contactId, Party.CUSTOMER));
        assertEquals(ContactState.ENDED, Calls.stateOf(bed.sim(), "alice", contactId), "alice is in wrap-up");
        assertEquals(ContactState.CONNECTED, Calls.stateOf(bed.sim(), "carol", contactId));
    }

    @Test
    void theCustomerQueueFlowPlaysWhileTheCallWaitsAndStopsWhenAnAgentTakesIt() {
        FlowTestBed bed = FlowTestBed.inbound(inboundSetting("CustomerQueue", "Queue Music"))
                .flow("Queue Music", FlowType.CUSTOMER_QUEUE, """
                        {"Identifier":"music","Type":"MessageParticipantIteratively",
                         "Parameters":{"Messages":[{"Text":"Your call is important to us."}]},
                         "Transitions":{"NextAction":"music","Errors":[{"ErrorType":"NoMatchingError","NextAction":"music"}]}}
                        """);
        String contactId = bed.call();
        bed.sim().runFor(Duration.ofSeconds(10));

        assertTrue(bed.sim().flows().isRunning(bed.sim().contact(contactId)),
                "the queue flow plays while the call rings alice");
        assertEquals(List.of("Your call is important to us."), bed.heard(contactId));
        aliceAccepts(bed, contactId);

        FlowRunRecord queueRun = bed.runsOf(contactId).get(1);
        assertEquals(RunKind.CUSTOMER_QUEUE, queueRun.kind());
        assertEquals(EndReason.STOPPED, queueRun.reason());
        assertFalse(bed.sim().flows().isRunning(bed.sim().contact(contactId)));
    }

    @Test
    void theAgentWhisperFlowRunsWhenTheAgentConnectsAndTheCallGoesOn() {
        FlowTestBed bed = FlowTestBed.inbound(inboundSetting("AgentWhisper", "Whisper"))
                .flow("Whisper", FlowType.AGENT_WHISPER, """
                        {"Identifier":"whisper","Type":"MessageParticipant","Parameters":{"Text":"$.Queue.Name"},
                         "Transitions":{"NextAction":"end","Errors":[{"ErrorType":"NoMatchingError","NextAction":"end"}]}},
                        {"Identifier":"end","Type":"EndFlowExecution","Parameters":{},"Transitions":{}}
                        """);
        String contactId = bed.call();
        aliceAccepts(bed, contactId);
        bed.sim().runFor(Duration.ofSeconds(5));

        assertEquals(List.of("BasicQueue"), bed.heard(contactId));
        assertEquals(EndReason.FLOW_ENDED, bed.runsOf(contactId).get(1).reason());
        assertEquals(ContactState.CONNECTED, Calls.stateOf(bed.sim(), "alice", contactId), "the call goes on");
    }
}
