package dev.connectsim.telephony;

import static dev.connectsim.contact.ConnectionState.CONNECTED;
import static dev.connectsim.contact.ConnectionState.CONNECTING;
import static dev.connectsim.contact.ConnectionState.DISCONNECTED;
import static dev.connectsim.contact.ConnectionState.HOLD;
import static dev.connectsim.contact.Party.AGENT;
import static dev.connectsim.contact.Party.CUSTOMER;
import static dev.connectsim.contact.Party.THIRD_PARTY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Connection;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ConnectionType;
import dev.connectsim.contact.ContactState;
import dev.connectsim.contact.DisconnectReason;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.contact.EndpointType;
import dev.connectsim.contact.InitiationMethod;
import dev.connectsim.cti.CtiErrorType;
import dev.connectsim.routing.AgentStatus;
import dev.connectsim.routing.QuickConnect;
import dev.connectsim.sim.Simulation;
import dev.connectsim.testing.Calls;
import dev.connectsim.testing.Calls.Recorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The transfer rules R1 to R8 of docs/streams-and-connect-api.md section 3, driven through the agent API. */
class TransferRulesTest {

    private final Simulation sim = Calls.simulation(7);
    private final Recorder recorder = new Recorder();

    private Contact connectedCall() {
        return Calls.callConnectedToAlice(sim);
    }

    private Endpoint quickConnect(String name) {
        return sim.instance().quickConnect(name).endpoint();
    }

    /** Lets the action reach the service and the next snapshot reach the CCP. */
    private void settle() {
        sim.runFor(Duration.ofMillis(1100));
    }

    private dev.connectsim.contact.ConnectionState party(Contact contact, dev.connectsim.contact.Party party) {
        return Calls.partyState(sim, contact.getContactId(), party);
    }

    @Nested
    class R1StartingATransferHoldsTheCustomer {

        @Test
        void addingAThirdPartyPutsTheCustomerOnHoldAndAddsAnOutboundConnectionThatRings() {
            sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.neverAnswers());
            Contact contact = connectedCall();
            contact.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), recorder.callbacks("add"));
            settle();

            assertEquals(List.of("add: ok"), recorder.outcomes);
            assertTrue(contact.getInitialConnection().isOnHold());
            Connection thirdParty = contact.getSingleActiveThirdPartyConnection();
            assertEquals(ConnectionType.OUTBOUND, thirdParty.getType());
            assertTrue(thirdParty.isConnecting());
            assertEquals(false, thirdParty.isInitialConnection());
            assertEquals(Calls.EXTERNAL, sim.contact(contact.getContactId()).record().transferredToEndpoint());
        }
    }

    @Nested
    class R2TheThirdPartyCanLookConnectedBeforeTheDestinationAnswers {

        @Test
        void aUserQuickConnectShowsConnectedAtOnceAndRunsOnANewTransferLegThatTheTargetAgentAnswersLater() {
            Contact contact = connectedCall();
            sim.agent("bob").setState(AgentStatus.AVAILABLE, Callbacks.none());
            contact.addConnection(quickConnect("Bob"), recorder.callbacks("add"));
            settle();

            Connection thirdParty = contact.getSingleActiveThirdPartyConnection();
            assertEquals(EndpointType.AGENT, thirdParty.getEndpoint().type());
            assertTrue(thirdParty.isConnected(), "connected before bob answers");
            var bobsContacts = sim.agent("bob").getContacts();
            assertEquals(1, bobsContacts.size());
            Contact leg = bobsContacts.get(0);
            assertEquals(ContactState.CONNECTING, leg.getState().type(), "bob has not answered yet");
            assertEquals(InitiationMethod.TRANSFER, leg.getInitiationMethod());
            assertEquals(contact.getContactId(), leg.getPreviousContactId());
            assertEquals(contact.getContactId(), leg.getInitialContactId());

            sim.runFor(Duration.ofSeconds(2));
            assertEquals(ContactState.CONNECTED, leg.getState().type(), "bob accepts after 2 s");
            var record = sim.contact(contact.getContactId()).record();
            assertEquals(leg.getContactId(), record.nextContactId());
            assertEquals("Bob", record.transferredToEndpoint());
        }

        @Test
        void aQueueQuickConnectShowsConnectingUntilAnAgentOfThatQueueAccepts() {
            Contact contact = connectedCall();
            contact.addConnection(quickConnect("Support"), recorder.callbacks("add"));
            settle();
            assertTrue(contact.getSingleActiveThirdPartyConnection().isConnecting());

            sim.runFor(Duration.ofSeconds(3));
            assertTrue(contact.getSingleActiveThirdPartyConnection().isConnected(), "carol accepted after 3 s");
            assertEquals(ContactState.CONNECTED, sim.agent("carol").getContacts().get(0).getState().type());
        }

        @Test
        void aQueueNobodyStaffsDisconnectsTheThirdPartyAsTheDefaultQueueTransferFlowDoes() {
            Contact contact = connectedCall();
            contact.addConnection(quickConnect("Empty"), recorder.callbacks("add"));
            settle();
            sim.runFor(Duration.ofSeconds(1));

            assertEquals(DISCONNECTED, party(contact, THIRD_PARTY));
            assertEquals(HOLD, party(contact, CUSTOMER));
            String legId = sim.contact(contact.getContactId()).record().nextContactId();
            assertEquals(DisconnectReason.CONTACT_FLOW_DISCONNECT, sim.contact(legId).record().disconnectReason());
        }
    }

    @Nested
    class R3JoinHoldAllSwapAndEndCall {

        private Contact threeParties() {
            sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)));
            Contact contact = connectedCall();
            contact.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), Callbacks.none());
            sim.runFor(Duration.ofSeconds(3));
            assertEquals(CONNECTED, party(contact, THIRD_PARTY));
            return contact;
        }

        @Test
        void joinTakesEveryoneOffHold() {
            Contact contact = threeParties();
            contact.conferenceConnections(recorder.callbacks("join"));
            settle();
            assertEquals(List.of("join: ok"), recorder.outcomes);
            assertEquals(CONNECTED, party(contact, CUSTOMER));
            assertEquals(CONNECTED, party(contact, THIRD_PARTY));
            assertEquals(CONNECTED, party(contact, AGENT));
        }

        @Test
        void holdAllHoldsBothTheCustomerAndTheThirdParty() {
            Contact contact = threeParties();
            contact.getSingleActiveThirdPartyConnection().hold(recorder.callbacks("hold third party"));
            settle();
            assertEquals(List.of("hold third party: ok"), recorder.outcomes);
            assertEquals(HOLD, party(contact, CUSTOMER));
            assertEquals(HOLD, party(contact, THIRD_PARTY));
        }

        @Test
        void swapTogglesWhichPartyIsOnHold() {
            Contact contact = threeParties();
            contact.toggleActiveConnections(recorder.callbacks("swap"));
            settle();
            assertEquals(CONNECTED, party(contact, CUSTOMER));
            assertEquals(HOLD, party(contact, THIRD_PARTY));
            contact.toggleActiveConnections(recorder.callbacks("swap back"));
            settle();
            assertEquals(HOLD, party(contact, CUSTOMER));
            assertEquals(CONNECTED, party(contact, THIRD_PARTY));
            assertEquals(List.of("swap: ok", "swap back: ok"), recorder.outcomes);
        }

        @Test
        void swapIsRefusedWithoutExactlyThreeParties() {
            Contact contact = connectedCall();
            contact.toggleActiveConnections(recorder.callbacks("swap"));
            settle();
            assertEquals(List.of("swap: InvalidStateException"), recorder.outcomes);
            assertEquals("Cannot toggle active connections: Invalid contact state.", recorder.errors.get(0).message());
        }

        @Test
        void endCallConnectsTheCustomerAndTheThirdPartyDirectlyThoughTheCustomerWasOnHold() {
            Contact contact = threeParties();
            assertEquals(HOLD, party(contact, CUSTOMER));
            contact.getAgentConnection().destroy(recorder.callbacks("leave"));
            settle();
            assertEquals(List.of("leave: ok"), recorder.outcomes);
            assertEquals(CONNECTED, party(contact, CUSTOMER));
            assertEquals(CONNECTED, party(contact, THIRD_PARTY));
            assertEquals(DISCONNECTED, party(contact, AGENT));
            assertNotNull(sim.contact(contact.getContactId()).record().transferCompletedTimestamp());
        }
    }

    @Nested
    class R4TheAgentLeavesWhileTheThirdPartyIs {

        @Test
        void connectedTheCustomerAndThirdPartyStayBridgedAndTheAgentGoesToAfterContactWorkThenDestroyed() {
            sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(1)));
            Contact contact = connectedCall();
            List<String> events = new ArrayList<>();
            contact.onAcw(c -> events.add("acw"));
            contact.onEnded(c -> events.add("ended"));
            contact.onDestroy(c -> events.add("destroyed"));
            contact.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), Callbacks.none());
            sim.runFor(Duration.ofSeconds(2));
            contact.getAgentConnection().destroy(Callbacks.none());
            settle();

            assertEquals(List.of("acw", "ended"), events);
            assertEquals(AgentStatus.AFTER_CALL_WORK, sim.agent("alice").getState());
            assertEquals(CONNECTED, party(contact, CUSTOMER));
            assertEquals(CONNECTED, party(contact, THIRD_PARTY));
            contact.clear(Callbacks.none());
            settle();
            assertEquals(List.of("acw", "ended", "destroyed"), events);
            assertTrue(sim.agent("alice").getContacts().isEmpty());
            assertEquals(AgentStatus.AVAILABLE, sim.agent("alice").getState());
        }

        @Test
        void stillConnectingToAQueueTheTransferLegCarriesOnWithTheCaller() {
            Contact contact = connectedCall();
            contact.addConnection(quickConnect("Support"), Callbacks.none());
            settle();
            assertEquals(CONNECTING, party(contact, THIRD_PARTY));
            contact.getAgentConnection().destroy(Callbacks.none());
            sim.runFor(Duration.ofSeconds(4));

            assertEquals(CONNECTED, party(contact, CUSTOMER), "the caller is bridged to the transfer leg");
            assertEquals(CONNECTED, party(contact, THIRD_PARTY), "carol answered the leg after alice left");
            assertEquals(ContactState.CONNECTED, sim.agent("carol").getContacts().get(0).getState().type());
        }

        @Test
        void stillRingingAnExternalNumberThatNeverAnswersTheCustomerIsDropped() {
            sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.neverAnswers());
            Contact contact = connectedCall();
            contact.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), Callbacks.none());
            contact.getAgentConnection().destroy(Callbacks.none());
            settle();
            assertEquals(CONNECTED, party(contact, CUSTOMER), "the customer hears the ringing, off hold");
            sim.runFor(Duration.ofSeconds(30));

            assertEquals(DISCONNECTED, party(contact, CUSTOMER));
            var record = sim.contact(contact.getContactId()).record();
            assertEquals(DisconnectReason.THIRD_PARTY_DISCONNECT, record.disconnectReason());
        }

        @Test
        void onHoldTheThirdPartyIsTakenOffHoldAndBridgedToo() {
            sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(1)));
            Contact contact = connectedCall();
            contact.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), Callbacks.none());
            sim.runFor(Duration.ofSeconds(2));
            contact.getSingleActiveThirdPartyConnection().hold(Callbacks.none());
            settle();
            assertEquals(HOLD, party(contact, THIRD_PARTY));
            contact.getAgentConnection().destroy(Callbacks.none());
            settle();

            assertEquals(CONNECTED, party(contact, CUSTOMER));
            assertEquals(CONNECTED, party(contact, THIRD_PARTY));
        }

        @Test
        void noConnectionCanBeAddedOnceTheCustomerHasHungUp() {
            sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(1)));
            Contact contact = connectedCall();
            contact.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), Callbacks.none());
            sim.runFor(Duration.ofSeconds(2));
            sim.customerHangsUp(contact.getContactId());
            assertEquals(CONNECTED, party(contact, AGENT), "the agent and third party stay on the call");
            contact.getSingleActiveThirdPartyConnection().destroy(Callbacks.none());
            settle();
            assertEquals(ContactState.CONNECTED, contact.getState().type());

            contact.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), recorder.callbacks("add"));
            settle();
            assertEquals(List.of("add: InvalidStateException"), recorder.outcomes);
        }

        @Test
        void theCallEndsWhenOnlyThirdPartiesWouldRemain() {
            sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(1)));
            Contact contact = connectedCall();
            contact.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), Callbacks.none());
            sim.runFor(Duration.ofSeconds(2));
            sim.customerHangsUp(contact.getContactId());
            contact.getAgentConnection().destroy(Callbacks.none());
            settle();

            assertEquals(DISCONNECTED, party(contact, THIRD_PARTY));
            assertEquals(DisconnectReason.CUSTOMER_DISCONNECT,
                    sim.contact(contact.getContactId()).record().disconnectReason());
        }
    }

    @Nested
    class R5TheThirdPartyDoesNotAnswerOrRejects {

        @Test
        void aFailedDialShowsOnlyAsADisconnectedConnectionWhileTheContactStaysConnectedAndRefreshKeepsFiring() {
            sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.rejectsAfter(Duration.ofSeconds(4)));
            Contact contact = connectedCall();
            contact.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), Callbacks.none());
            sim.runFor(Duration.ofSeconds(5));
            List<String> refreshes = new ArrayList<>();
            contact.onRefresh(c -> refreshes.add(c.getState().type().value()));
            sim.runFor(Duration.ofSeconds(3));

            Connection thirdParty = contact.getThirdPartyConnections().get(0);
            assertEquals(DISCONNECTED, thirdParty.getState().type());
            assertNull(contact.getSingleActiveThirdPartyConnection());
            assertTrue(contact.getInitialConnection().isOnHold());
            assertTrue(contact.getAgentConnection().isConnected());
            assertEquals(List.of("connected", "connected", "connected"), refreshes);
        }

        @Test
        void aBusyNumberFailsTheDialAfterTheBusySignal() {
            sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.busy());
            Contact contact = connectedCall();
            contact.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), Callbacks.none());
            sim.runFor(Duration.ofMillis(100).plus(sim.timings().busySignal()));
            assertEquals(DISCONNECTED, party(contact, THIRD_PARTY));
            assertEquals(HOLD, party(contact, CUSTOMER));
        }

        @Test
        void aTargetAgentWhoMissesTheTransferGetsAMissedEventAndTheMissedCallState() {
            Simulation local = Simulation.builder(dev.connectsim.routing.Instance.builder()
                    .queue("BasicQueue").routingProfile("Basic", "BasicQueue")
                    .agent("alice", "Basic")
                    .agent("bob", "Basic", new dev.connectsim.routing.AgentBehavior.Misses())
                    .quickConnect("Bob", dev.connectsim.routing.QuickConnectType.USER, "bob", "BasicQueue")
                    .build()).seed(3).build();
            local.agent("bob").setState(AgentStatus.OFFLINE, Callbacks.none());
            local.runFor(Duration.ofMillis(200));
            String id = local.inboundCall(Calls.CUSTOMER, "BasicQueue");
            local.runFor(Duration.ofSeconds(2));
            Contact contact = local.agent("alice").getContacts().get(0);
            contact.accept(Callbacks.none());
            local.agent("bob").setState(AgentStatus.AVAILABLE, Callbacks.none());
            local.runFor(Duration.ofSeconds(2));
            List<String> bobEvents = new ArrayList<>();
            local.agent("bob").onContact(c -> c.onMissed(m -> bobEvents.add("missed " + m.getContactId())));
            contact.addConnection(local.instance().quickConnect("Bob").endpoint(), Callbacks.none());
            local.runFor(Duration.ofSeconds(25));

            String legId = local.contact(id).record().nextContactId();
            assertEquals(List.of("missed " + legId), bobEvents);
            assertEquals(AgentStatus.MISSED_CALL, local.agent("bob").getState());
            assertEquals(CONNECTED, Calls.partyState(local, id, THIRD_PARTY),
                    "alice still sees the agent transfer connected: the leg waits in bob's agent queue");
        }
    }

    @Nested
    class AThirdPartyWhoHangsUp {

        @Test
        void duringTheConsultLeavesTheCustomerOnHoldForTheAgentToTakeBack() {
            sim.phoneBook().set(Calls.EXTERNAL,
                    ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)).thenHangsUpAfter(Duration.ofSeconds(5)));
            Contact contact = connectedCall();
            contact.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), Callbacks.none());
            sim.runFor(Duration.ofSeconds(8));

            assertEquals(DISCONNECTED, party(contact, THIRD_PARTY));
            assertEquals(HOLD, party(contact, CUSTOMER));
            assertEquals(CONNECTED, party(contact, AGENT));
            contact.getInitialConnection().resume(recorder.callbacks("resume"));
            settle();
            assertEquals(List.of("resume: ok"), recorder.outcomes);
            assertEquals(CONNECTED, party(contact, CUSTOMER));
        }

        @Test
        void afterTheAgentLeftDropsTheCustomerWhoIsLeftAlone() {
            sim.phoneBook().set(Calls.EXTERNAL,
                    ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)).thenHangsUpAfter(Duration.ofSeconds(60)));
            Contact contact = connectedCall();
            contact.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), Callbacks.none());
            sim.runFor(Duration.ofSeconds(3));
            contact.getAgentConnection().destroy(Callbacks.none());
            sim.runFor(Duration.ofSeconds(30));
            assertEquals(CONNECTED, party(contact, CUSTOMER), "still talking to the third party");
            sim.runFor(Duration.ofSeconds(30));

            assertEquals(DISCONNECTED, party(contact, CUSTOMER));
            var record = sim.contact(contact.getContactId()).record();
            assertEquals(DisconnectReason.THIRD_PARTY_DISCONNECT, record.disconnectReason());
        }
    }

    @Nested
    class R6Limits {

        @Test
        void aThreePartyCallRefusesASecondThirdParty() {
            sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(1)));
            Contact contact = connectedCall();
            contact.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), recorder.callbacks("first"));
            sim.runFor(Duration.ofSeconds(2));
            contact.addConnection(Endpoint.byPhoneNumber("+15550123"), recorder.callbacks("second"));
            settle();

            assertEquals(List.of("first: ok", "second: InvalidStateException"), recorder.outcomes);
            assertEquals(1, sim.contact(contact.getContactId()).activeThirdParties().size());
        }

        @Test
        void multiPartyCallsAllowUpToSixParticipantsButNothingAddedWhileADialIsRinging() {
            Simulation multi = Simulation.builder(Calls.instance(true)).seed(5).build();
            multi.phoneBook().setDefault(ThirdPartyBehavior.answersAfter(Duration.ofSeconds(1)));
            Contact contact = Calls.callConnectedToAlice(multi);
            contact.addConnection(Endpoint.byPhoneNumber("+15550001"), recorder.callbacks("1"));
            contact.addConnection(Endpoint.byPhoneNumber("+15550002"), recorder.callbacks("while ringing"));
            multi.runFor(Duration.ofSeconds(2));
            for (int i = 2; i <= 5; i++) {
                contact.addConnection(Endpoint.byPhoneNumber("+1555000" + i), recorder.callbacks(String.valueOf(i)));
                multi.runFor(Duration.ofSeconds(2));
            }
            assertEquals(List.of("1: ok", "while ringing: InvalidStateException", "2: ok", "3: ok", "4: ok",
                    "5: QuotaExceededException"), recorder.outcomes);
        }
    }

    @Nested
    class R7QuickConnectTypes {

        @Test
        void getEndpointsReturnsTheQuickConnectsOfTheAgentsQueuesWithTheirStreamsEndpointTypes() {
            List<Endpoint> seen = new ArrayList<>();
            var alice = sim.agent("alice");
            alice.getEndpoints(alice.getRoutingProfileQueueArns(), seen::addAll);
            sim.runFor(Duration.ofMillis(200));

            assertEquals(List.of("External", "Bob", "Support", "Empty"), seen.stream().map(Endpoint::name).toList());
            assertEquals(List.of(EndpointType.PHONE_NUMBER, EndpointType.AGENT, EndpointType.QUEUE, EndpointType.QUEUE),
                    seen.stream().map(Endpoint::type).toList());
            assertEquals(Calls.EXTERNAL, seen.get(0).phoneNumber());
        }

        @Test
        void aHandBuiltAgentEndpointIsABadEndpoint() {
            Contact contact = connectedCall();
            QuickConnect bob = sim.instance().quickConnect("Bob");
            contact.addConnection(new Endpoint(bob.arn() + "-forged", EndpointType.AGENT, "bob", null),
                    recorder.callbacks("add"));
            contact.addConnection(Endpoint.byPhoneNumber("5550199"), recorder.callbacks("not e164"));
            settle();
            assertEquals(List.of("add: BadEndpointException", "not e164: BadEndpointException"), recorder.outcomes);
            assertEquals(CONNECTED, party(contact, CUSTOMER), "nothing happened: the customer is not held");
        }
    }

    @Nested
    class R8WarmColdAndBlindTransfers {

        @Test
        void warmTheAgentConsultsThenJoinsThenLeaves() {
            sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(2)));
            Contact contact = connectedCall();
            contact.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), Callbacks.none());
            sim.runFor(Duration.ofSeconds(10));
            assertEquals(HOLD, party(contact, CUSTOMER), "the customer waits while the agent consults");
            contact.conferenceConnections(Callbacks.none());
            sim.runFor(Duration.ofSeconds(5));
            contact.getAgentConnection().destroy(Callbacks.none());
            settle();

            assertEquals(CONNECTED, party(contact, CUSTOMER));
            assertEquals(CONNECTED, party(contact, THIRD_PARTY));
            assertEquals(1, sim.contact(contact.getContactId()).record().numberOfHolds());
            assertEquals(Duration.ofSeconds(10), sim.contact(contact.getContactId()).record().customerHoldDuration());
        }

        @Test
        void blindTheAgentLeavesAtOnceAndTheCustomerReachesAnAnsweringThirdParty() {
            sim.phoneBook().set(Calls.EXTERNAL, ThirdPartyBehavior.answersAfter(Duration.ofSeconds(8)));
            Contact contact = connectedCall();
            contact.addConnection(Endpoint.byPhoneNumber(Calls.EXTERNAL), Callbacks.none());
            contact.getAgentConnection().destroy(Callbacks.none());
            sim.runFor(Duration.ofSeconds(10));

            assertEquals(CONNECTED, party(contact, CUSTOMER));
            assertEquals(CONNECTED, party(contact, THIRD_PARTY));
            assertEquals(DISCONNECTED, party(contact, AGENT));
        }

        @Test
        void aHoldOnAnEndedContactFailsWithTheServiceMessage() {
            Contact contact = connectedCall();
            Connection customer = contact.getInitialConnection();
            sim.customerHangsUp(contact.getContactId());
            customer.hold(recorder.callbacks("hold"));
            settle();
            assertEquals(List.of("hold: InvalidStateException"), recorder.outcomes);
            assertEquals("Cannot put call on hold: Invalid contact state.", recorder.errors.get(0).message());
            assertEquals(CtiErrorType.INVALID_STATE, recorder.errors.get(0).type());
        }
    }
}
