package dev.connectsim.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.ContactState;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.contact.Party;
import dev.connectsim.cti.CtiErrorType;
import dev.connectsim.cti.CtiOperation;
import dev.connectsim.event.ContactEvent;
import dev.connectsim.sim.Simulation;
import dev.connectsim.telephony.ThirdPartyBehavior;
import dev.connectsim.testing.Calls;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ColdTransferTest {

    @Test
    void anAnsweringThirdPartyEndsUpTalkingToTheCustomerAndTheAgentIsGone() {
        Simulation sim = Calls.simulation(42);
        sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(5)));
        Contact contact = Calls.callConnectedToAlice(sim);
        String id = contact.getContactId();

        ColdTransfer transfer = ColdTransfer.start(contact, Endpoint.byPhoneNumber(Calls.EXTERNAL),
                sim.scheduler().clock());
        assertTrue(sim.runUntil(transfer::isDone, Duration.ofSeconds(60)).conditionMet());

        assertInstanceOf(TransferOutcome.Completed.class, transfer.outcome().orElseThrow());
        assertEquals(ConnectionState.CONNECTED, Calls.partyState(sim, id, Party.CUSTOMER));
        assertEquals(ConnectionState.CONNECTED, Calls.partyState(sim, id, Party.THIRD_PARTY));
        assertEquals(ConnectionState.DISCONNECTED, Calls.partyState(sim, id, Party.AGENT));
        assertFalse(transfer.isListening(), "the REFRESH subscription removed itself");
        sim.runFor(Duration.ofSeconds(2));
        assertEquals(ContactState.ENDED, Calls.stateOf(sim, "alice", id), "alice is in after-contact work");
    }

    @Test
    void aThirdPartyThatNeverAnswersLeavesTheCustomerOnHoldAndTheAgentConnected() {
        Simulation sim = Calls.simulation(42);
        sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.neverAnswers());
        Contact contact = Calls.callConnectedToAlice(sim);
        String id = contact.getContactId();
        String refreshName = ContactEvent.REFRESH.nameFor(id);
        int subscribersBefore = sim.ccp("alice").bus().subscriberCount(refreshName);

        ColdTransfer transfer = ColdTransfer.start(contact, Endpoint.byPhoneNumber(Calls.EXTERNAL),
                sim.scheduler().clock());
        boolean done = sim.runUntil(transfer::isDone, Duration.ofSeconds(60)).conditionMet();

        assertTrue(done);
        TransferOutcome.Failed failed = assertInstanceOf(TransferOutcome.Failed.class, transfer.outcome().get());
        assertEquals("dial", failed.step());
        assertEquals("the third-party connection is disconnected", failed.reason());
        Duration waited = Duration.between(contact.getState().timestamp(), failed.at());
        assertTrue(waited.compareTo(Duration.ofSeconds(30)) >= 0, "it waited out the 30 s ring timeout: " + waited);
        assertEquals(ConnectionState.HOLD, Calls.partyState(sim, id, Party.CUSTOMER));
        assertEquals(ConnectionState.CONNECTED, Calls.partyState(sim, id, Party.AGENT));
        assertEquals(ConnectionState.DISCONNECTED, Calls.partyState(sim, id, Party.THIRD_PARTY));
        assertEquals(ContactState.CONNECTED, Calls.stateOf(sim, "alice", id));
        assertFalse(transfer.isListening());
        assertEquals(subscribersBefore, sim.ccp("alice").bus().subscriberCount(refreshName),
                "the REFRESH subscription is gone");
    }

    @Test
    void aHoldTheServiceRefusesFailsTheTransferWithTheCustomerNotOnHoldAndNothingDialled() {
        Simulation sim = Calls.simulation(42);
        sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(5)));
        Contact contact = Calls.callConnectedToAlice(sim);
        String id = contact.getContactId();
        sim.failNext("alice", CtiOperation.HOLD, CtiErrorType.INTERNAL_SERVICE_ERROR, "Hold failed.");

        ColdTransfer transfer = ColdTransfer.start(contact, Endpoint.byPhoneNumber(Calls.EXTERNAL),
                sim.scheduler().clock());
        assertTrue(sim.runUntil(transfer::isDone, Duration.ofSeconds(60)).conditionMet());

        TransferOutcome.Failed failed = assertInstanceOf(TransferOutcome.Failed.class, transfer.outcome().get());
        assertEquals("hold", failed.step());
        assertEquals("InternalServiceError: Hold failed.", failed.reason());
        assertEquals(ConnectionState.CONNECTED, Calls.partyState(sim, id, Party.CUSTOMER), "not on hold");
        assertEquals(ConnectionState.CONNECTED, Calls.partyState(sim, id, Party.AGENT));
        assertNull(Calls.partyState(sim, id, Party.THIRD_PARTY), "nothing was dialled");
        assertFalse(transfer.isListening());
    }

    @Test
    void aConferenceTheServiceRefusesFailsTheTransferWithTheCustomerOnHoldAndTheAgentWithTheThirdParty() {
        Simulation sim = Calls.simulation(42);
        sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(5)));
        Contact contact = Calls.callConnectedToAlice(sim);
        String id = contact.getContactId();
        sim.failNext("alice", CtiOperation.CONFERENCE, CtiErrorType.INTERNAL_SERVICE_ERROR, "Conference failed.");

        ColdTransfer transfer = ColdTransfer.start(contact, Endpoint.byPhoneNumber(Calls.EXTERNAL),
                sim.scheduler().clock());
        assertTrue(sim.runUntil(transfer::isDone, Duration.ofSeconds(60)).conditionMet());

        TransferOutcome.Failed failed = assertInstanceOf(TransferOutcome.Failed.class, transfer.outcome().get());
        assertEquals("conference", failed.step());
        assertEquals("InternalServiceError: Conference failed.", failed.reason());
        assertEquals(ConnectionState.HOLD, Calls.partyState(sim, id, Party.CUSTOMER));
        assertEquals(ConnectionState.CONNECTED, Calls.partyState(sim, id, Party.THIRD_PARTY));
        assertEquals(ConnectionState.CONNECTED, Calls.partyState(sim, id, Party.AGENT));
        assertFalse(transfer.isListening());
    }
}
