package dev.connectsim.transfer;

import static dev.connectsim.contact.ConnectionState.CONNECTED;
import static dev.connectsim.contact.ConnectionState.CONNECTING;
import static dev.connectsim.contact.ConnectionState.DISCONNECTED;
import static dev.connectsim.contact.ConnectionState.HOLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.ContactState;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.contact.Party;
import dev.connectsim.cti.CtiErrorType;
import dev.connectsim.cti.CtiOperation;
import dev.connectsim.event.ContactEvent;
import dev.connectsim.routing.AgentStatus;
import dev.connectsim.sim.Simulation;
import dev.connectsim.telephony.ThirdPartyBehavior;
import dev.connectsim.testing.Calls;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmTransferTest {

    private final Simulation sim = Calls.simulation(42);
    private Contact contact;
    private String id;

    private WarmTransfer startTo(ThirdPartyBehavior external) {
        sim.phoneBook().set(Calls.EXTERNAL, external);
        contact = Calls.callConnectedToAlice(sim);
        id = contact.getContactId();
        return WarmTransfer.start(contact, Endpoint.byPhoneNumber(Calls.EXTERNAL), sim.scheduler().clock());
    }

    private WarmTransfer consultingWith(ThirdPartyBehavior external) {
        WarmTransfer transfer = startTo(external);
        assertTrue(sim.runUntil(transfer::isConsulting, Duration.ofSeconds(30)).conditionMet(),
                "the third party answered and the agent is consulting");
        return transfer;
    }

    private TransferOutcome.Failed failedAfterRunning(WarmTransfer transfer) {
        assertTrue(sim.runUntil(transfer::isDone, Duration.ofSeconds(60)).conditionMet(), "the transfer ended");
        return assertInstanceOf(TransferOutcome.Failed.class, transfer.outcome().orElseThrow());
    }

    private ConnectionState party(Party party) {
        return Calls.partyState(sim, id, party);
    }

    /** Lets an action reach the service and the next snapshot reach the CCP. */
    private void settle() {
        sim.runFor(Duration.ofMillis(1100));
    }

    @Test
    void consultingThenJoiningAndLeavingLeavesTheCustomerTalkingToTheThirdPartyAndTheAgentGone() {
        WarmTransfer transfer = consultingWith(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)));
        assertEquals(HOLD, party(Party.CUSTOMER), "the customer waits while the agent consults");
        assertEquals(CONNECTED, party(Party.THIRD_PARTY));
        assertEquals(CONNECTED, party(Party.AGENT));
        sim.runFor(Duration.ofSeconds(5));
        assertTrue(transfer.isConsulting(), "the consult lasts until the agent joins");

        transfer.joinAndLeave();
        assertTrue(sim.runUntil(transfer::isDone, Duration.ofSeconds(5)).conditionMet());

        assertInstanceOf(TransferOutcome.Completed.class, transfer.outcome().orElseThrow());
        assertEquals(CONNECTED, party(Party.CUSTOMER));
        assertEquals(CONNECTED, party(Party.THIRD_PARTY));
        assertEquals(DISCONNECTED, party(Party.AGENT));
        assertFalse(transfer.isConsulting());
        assertFalse(transfer.isListening(), "the REFRESH subscription removed itself");
        sim.runFor(Duration.ofSeconds(2));
        assertEquals(ContactState.ENDED, Calls.stateOf(sim, "alice", id), "alice is in after-contact work");
        assertTrue(sim.handlerFailures().isEmpty(), sim.handlerFailures().toString());
    }

    @Test
    void toAnAgentQuickConnectTheConsultStartsAtOnceBecauseTheCcpShowsTheAgentConnectedBeforeTheyAnswer() {
        contact = Calls.callConnectedToAlice(sim);
        id = contact.getContactId();
        sim.agent("bob").setState(AgentStatus.AVAILABLE, Callbacks.none());
        WarmTransfer transfer = WarmTransfer.start(contact, sim.instance().quickConnect("Bob").endpoint(),
                sim.scheduler().clock());
        assertTrue(sim.runUntil(transfer::isConsulting, Duration.ofSeconds(5)).conditionMet());
        String leg = sim.contact(id).record().nextContactId();
        assertNull(sim.contact(leg).record().connectedToAgentTimestamp(), "bob has not answered the leg yet (R2)");

        transfer.joinAndLeave();
        assertTrue(sim.runUntil(transfer::isDone, Duration.ofSeconds(5)).conditionMet());
        sim.runFor(Duration.ofSeconds(3));

        assertInstanceOf(TransferOutcome.Completed.class, transfer.outcome().orElseThrow());
        assertEquals(DISCONNECTED, party(Party.AGENT));
        assertEquals(CONNECTED, party(Party.CUSTOMER));
        assertEquals(ContactState.CONNECTED, sim.agent("bob").getContacts().get(0).getState().type(),
                "bob took the customer on the transfer leg");
    }

    @Test
    void aThirdPartyWhoDeclinesDuringTheDialGetsTheCustomerTakenOffHoldAndTheTransferFails() {
        WarmTransfer transfer = startTo(ThirdPartyBehavior.rejectsAfter(Duration.ofSeconds(4)));
        int subscribersBefore = sim.ccp("alice").bus().subscriberCount(ContactEvent.REFRESH.nameFor(id));

        TransferOutcome.Failed failed = failedAfterRunning(transfer);

        assertEquals("dial", failed.step());
        assertEquals("the third party did not answer: its connection is disconnected", failed.reason());
        assertEquals(CONNECTED, party(Party.CUSTOMER), "the customer is no longer on hold");
        assertEquals(CONNECTED, party(Party.AGENT));
        assertEquals(DISCONNECTED, party(Party.THIRD_PARTY));
        assertEquals(ContactState.CONNECTED, Calls.stateOf(sim, "alice", id));
        assertFalse(transfer.isListening());
        assertEquals(subscribersBefore, sim.ccp("alice").bus().subscriberCount(ContactEvent.REFRESH.nameFor(id)),
                "the REFRESH subscription is gone");
    }

    @Test
    void aThirdPartyWhoHangsUpDuringTheConsultGetsTheCustomerTakenOffHoldAndTheTransferFails() {
        WarmTransfer transfer = consultingWith(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2))
                .thenHangsUpAfter(Duration.ofSeconds(5)));

        TransferOutcome.Failed failed = failedAfterRunning(transfer);

        assertEquals("consult", failed.step());
        assertEquals("the third party hung up during the consult: its connection is disconnected", failed.reason());
        assertEquals(CONNECTED, party(Party.CUSTOMER));
        assertEquals(CONNECTED, party(Party.AGENT));
        assertFalse(transfer.isConsulting());
        assertFalse(transfer.isListening());
    }

    @Test
    void swappingPutsTheCustomerActiveAndTheThirdPartyOnHoldAndSwappingAgainPutsThemBack() {
        WarmTransfer transfer = consultingWith(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)));

        transfer.swap();
        settle();
        assertEquals(CONNECTED, party(Party.CUSTOMER));
        assertEquals(HOLD, party(Party.THIRD_PARTY));
        assertEquals(CONNECTED, contact.getInitialConnection().getState().type(), "alice's CCP shows it too");
        assertEquals(HOLD, contact.getThirdPartyConnections().get(0).getState().type());
        assertTrue(transfer.isConsulting(), "the consult goes on after a swap");

        transfer.swap();
        settle();
        assertEquals(HOLD, party(Party.CUSTOMER));
        assertEquals(CONNECTED, party(Party.THIRD_PARTY));
        assertEquals(HOLD, contact.getInitialConnection().getState().type());
        assertEquals(List.of(), transfer.failedSwaps());
    }

    @Test
    void joiningAfterASwapStillCompletesTheTransfer() {
        WarmTransfer transfer = consultingWith(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)));
        transfer.swap();
        settle();

        transfer.joinAndLeave();
        assertTrue(sim.runUntil(transfer::isDone, Duration.ofSeconds(5)).conditionMet());

        assertInstanceOf(TransferOutcome.Completed.class, transfer.outcome().orElseThrow());
        assertEquals(CONNECTED, party(Party.CUSTOMER));
        assertEquals(CONNECTED, party(Party.THIRD_PARTY));
        assertEquals(DISCONNECTED, party(Party.AGENT));
    }

    @Test
    void aThirdPartyWhoHangsUpWhileHeldAfterASwapLeavesTheCustomerTalkingToTheAgent() {
        WarmTransfer transfer = consultingWith(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2))
                .thenHangsUpAfter(Duration.ofSeconds(5)));
        transfer.swap();

        TransferOutcome.Failed failed = failedAfterRunning(transfer);

        assertEquals("consult", failed.step());
        assertEquals(CONNECTED, party(Party.CUSTOMER));
        assertEquals(CONNECTED, party(Party.AGENT));
        assertEquals(DISCONNECTED, party(Party.THIRD_PARTY));
    }

    @Test
    void aSwapTheServiceRefusesChangesNothingAndTheConsultGoesOn() {
        WarmTransfer transfer = consultingWith(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)));
        sim.failNext("alice", CtiOperation.TOGGLE, CtiErrorType.INTERNAL_SERVICE_ERROR, "Swap failed.");

        transfer.swap();
        settle();

        assertEquals(1, transfer.failedSwaps().size());
        assertEquals("InternalServiceError: Swap failed.", transfer.failedSwaps().get(0).reason());
        assertEquals(HOLD, party(Party.CUSTOMER));
        assertEquals(CONNECTED, party(Party.THIRD_PARTY));
        assertTrue(transfer.isConsulting());
        assertFalse(transfer.isDone());
    }

    @Test
    void aConferenceTheServiceRefusesFailsTheTransferWithTheCustomerStillOnHold() {
        WarmTransfer transfer = consultingWith(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)));
        sim.failNext("alice", CtiOperation.CONFERENCE, CtiErrorType.INTERNAL_SERVICE_ERROR, "Conference failed.");

        transfer.joinAndLeave();
        TransferOutcome.Failed failed = failedAfterRunning(transfer);

        assertEquals("conference", failed.step());
        assertEquals("InternalServiceError: Conference failed.", failed.reason());
        assertEquals(HOLD, party(Party.CUSTOMER));
        assertEquals(CONNECTED, party(Party.THIRD_PARTY));
        assertEquals(CONNECTED, party(Party.AGENT));
        assertFalse(transfer.isListening());
    }

    @Test
    void aHoldTheServiceRefusesFailsTheTransferBeforeAnythingIsDialled() {
        sim.failNext("alice", CtiOperation.HOLD, CtiErrorType.INTERNAL_SERVICE_ERROR, "Hold failed.");
        WarmTransfer transfer = startTo(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)));

        TransferOutcome.Failed failed = failedAfterRunning(transfer);

        assertEquals("hold", failed.step());
        assertEquals("InternalServiceError: Hold failed.", failed.reason());
        assertEquals(CONNECTED, party(Party.CUSTOMER));
        assertNull(party(Party.THIRD_PARTY), "nothing was dialled");
    }

    @Test
    void aResumeTheServiceRefusesAfterADeclinedDialLeavesTheCustomerOnHoldAndSaysSo() {
        WarmTransfer transfer = startTo(ThirdPartyBehavior.rejectsAfter(Duration.ofSeconds(4)));
        sim.failNext("alice", CtiOperation.RESUME, CtiErrorType.INTERNAL_SERVICE_ERROR, "Resume failed.");

        TransferOutcome.Failed failed = failedAfterRunning(transfer);

        assertEquals("resume", failed.step());
        assertEquals("InternalServiceError: Resume failed. (taking the customer back after: the third party did "
                + "not answer: its connection is disconnected)", failed.reason());
        assertEquals(HOLD, party(Party.CUSTOMER));
    }

    @Test
    void joiningBeforeTheThirdPartyHasAnsweredIsRefusedNamingWhatTheTransferIsDoing() {
        WarmTransfer transfer = startTo(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(10)));
        sim.runFor(Duration.ofSeconds(3));

        IllegalStateException refused = assertThrows(IllegalStateException.class, transfer::joinAndLeave);

        assertEquals("cannot joinAndLeave the warm transfer of contact " + id + ": it is ringing (allowed: "
                + "consulting)", refused.getMessage());
        assertEquals(CONNECTING, party(Party.THIRD_PARTY));
    }

    @Test
    void aCustomerWhoHangsUpBeforeTheHoldFailsTheHold() {
        WarmTransfer transfer = startTo(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)));
        sim.customerHangsUp(id);

        TransferOutcome.Failed failed = failedAfterRunning(transfer);

        assertEquals("hold", failed.step());
        assertEquals("InvalidStateException: Cannot put call on hold: Invalid contact state.", failed.reason());
        assertTrue(sim.handlerFailures().isEmpty(), sim.handlerFailures().toString());
    }

    @Test
    void aCustomerWhoHangsUpWhileTheThirdPartyRingsEndsTheTransferAndLeavesTheAgentWithTheDial() {
        WarmTransfer transfer = startTo(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(10)));
        sim.runFor(Duration.ofSeconds(3));
        sim.customerHangsUp(id);

        TransferOutcome.Failed failed = failedAfterRunning(transfer);

        assertEquals("dial", failed.step());
        assertEquals("the customer hung up", failed.reason());
        assertEquals(CONNECTED, party(Party.AGENT));
        assertEquals(CONNECTING, party(Party.THIRD_PARTY), "the agent ends the dial or talks to the third party");
        assertFalse(transfer.isListening());
        assertTrue(sim.handlerFailures().isEmpty(), sim.handlerFailures().toString());
    }

    @Test
    void aCustomerWhoHangsUpDuringTheConsultEndsTheTransferAndLeavesTheAgentWithTheThirdParty() {
        WarmTransfer transfer = consultingWith(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)));
        sim.customerHangsUp(id);

        TransferOutcome.Failed failed = failedAfterRunning(transfer);

        assertEquals("consult", failed.step());
        assertEquals("the customer hung up", failed.reason());
        assertEquals(CONNECTED, party(Party.AGENT));
        assertEquals(CONNECTED, party(Party.THIRD_PARTY));
        assertFalse(transfer.isListening());
        assertTrue(sim.handlerFailures().isEmpty(), sim.handlerFailures().toString());
    }

    @Test
    void aCustomerWhoHangsUpAsTheAgentJoinsFailsTheConference() {
        WarmTransfer transfer = consultingWith(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)));
        transfer.joinAndLeave();
        sim.customerHangsUp(id);

        TransferOutcome.Failed failed = failedAfterRunning(transfer);

        assertEquals("conference", failed.step());
        assertEquals("InvalidStateException: Cannot conference connections: Invalid contact state.",
                failed.reason());
        assertTrue(sim.handlerFailures().isEmpty(), sim.handlerFailures().toString());
    }
}
