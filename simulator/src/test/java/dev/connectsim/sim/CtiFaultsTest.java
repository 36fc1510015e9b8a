package dev.connectsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.contact.Party;
import dev.connectsim.cti.CtiError;
import dev.connectsim.cti.CtiErrorType;
import dev.connectsim.cti.CtiOperation;
import dev.connectsim.routing.UnknownNameException;
import dev.connectsim.telephony.ThirdPartyBehavior;
import dev.connectsim.testing.Calls;
import dev.connectsim.testing.Calls.Recorder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A test makes the next agent actions of one kind fail, as the service would, with no effect. */
class CtiFaultsTest {

    private final Simulation sim = Calls.simulation(11);
    private final Recorder recorder = new Recorder();

    /** Lets the action reach the service and the next snapshot reach the CCP. */
    private void settle() {
        sim.runFor(Duration.ofMillis(1100));
    }

    private ConnectionState customer(Contact contact) {
        return Calls.partyState(sim, contact.getContactId(), Party.CUSTOMER);
    }

    @Test
    void aHoldPlannedToFailFailsOnceWithoutHoldingTheCustomerAndTheNextHoldSucceeds() {
        Contact contact = Calls.callConnectedToAlice(sim);
        sim.failNext("alice", CtiOperation.HOLD, CtiErrorType.INTERNAL_SERVICE_ERROR, "Hold failed.");

        contact.getInitialConnection().hold(recorder.callbacks("hold"));
        settle();
        assertEquals(ConnectionState.CONNECTED, customer(contact), "the failed hold changed nothing");
        assertEquals(0, sim.contact(contact.getContactId()).record().numberOfHolds());

        contact.getInitialConnection().hold(recorder.callbacks("hold again"));
        settle();
        assertEquals(List.of("hold: InternalServiceError", "hold again: ok"), recorder.outcomes);
        assertEquals(ConnectionState.HOLD, customer(contact));
    }

    @Test
    void theFailureReachesTheAgentsFailureCallbackWithStreamsErrorTypeAndTheMessage() {
        Contact contact = Calls.callConnectedToAlice(sim);
        sim.failNext("alice", CtiOperation.HOLD, CtiErrorType.INTERNAL_SERVICE_ERROR, "Failed to hold the call.");

        contact.getInitialConnection().hold(recorder.callbacks("hold"));
        settle();

        CtiError error = recorder.errors.get(0);
        assertEquals("InternalServiceError", error.type().type());
        assertEquals("Failed to hold the call.", error.message());
    }

    @Test
    void aConferencePlannedToFailLeavesTheCustomerOnHoldWhileTheAgentTalksToTheThirdParty() {
        sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)));
        Contact contact = Calls.callConnectedToAlice(sim);
        contact.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), Callbacks.none());
        sim.runFor(Duration.ofSeconds(3));
        sim.failNext("alice", CtiOperation.CONFERENCE, CtiErrorType.INTERNAL_SERVICE_ERROR, "Conference failed.");

        contact.conferenceConnections(recorder.callbacks("join"));
        settle();

        assertEquals(List.of("join: InternalServiceError"), recorder.outcomes);
        assertEquals(ConnectionState.HOLD, customer(contact));
        assertEquals(ConnectionState.CONNECTED, Calls.partyState(sim, contact.getContactId(), Party.THIRD_PARTY));
    }

    @Test
    void aFailurePlannedForAnotherAgentOrAnotherOperationLeavesTheHoldAlone() {
        Contact contact = Calls.callConnectedToAlice(sim);
        sim.failNext("bob", CtiOperation.HOLD, CtiErrorType.INTERNAL_SERVICE_ERROR, "Hold failed.");
        sim.failNext("alice", CtiOperation.RESUME, CtiErrorType.INTERNAL_SERVICE_ERROR, "Resume failed.");

        contact.getInitialConnection().hold(recorder.callbacks("hold"));
        settle();

        assertEquals(List.of("hold: ok"), recorder.outcomes);
        assertEquals(ConnectionState.HOLD, customer(contact));
    }

    @Test
    void failuresPlannedForSeveralCallsAreUsedUpInTheOrderPlanned() {
        Contact contact = Calls.callConnectedToAlice(sim);
        sim.failNext("alice", CtiOperation.HOLD, CtiErrorType.INTERNAL_SERVICE_ERROR, "first", 2);
        sim.failNext("alice", CtiOperation.HOLD, CtiErrorType.ACCESS_DENIED, "third");

        for (int i = 1; i <= 4; i++) {
            contact.getInitialConnection().hold(recorder.callbacks("hold " + i));
            settle();
        }

        assertEquals(List.of("hold 1: InternalServiceError", "hold 2: InternalServiceError",
                "hold 3: AccessDeniedException", "hold 4: ok"), recorder.outcomes);
    }

    @Test
    void aFailurePlannedForAnAgentTheInstanceLacksIsRefusedNamingTheAgentsItHas() {
        UnknownNameException refused = assertThrows(UnknownNameException.class, () -> sim.failNext("alicia",
                CtiOperation.HOLD, CtiErrorType.INTERNAL_SERVICE_ERROR, "Hold failed."));
        assertTrue(refused.getMessage().contains("alice"), refused.getMessage());
    }

    @Test
    void aFailurePlannedForNoCallAtAllIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> sim.failNext("alice", CtiOperation.HOLD,
                CtiErrorType.INTERNAL_SERVICE_ERROR, "Hold failed.", 0));
    }
}
