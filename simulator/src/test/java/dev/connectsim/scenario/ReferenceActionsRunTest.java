package dev.connectsim.scenario;

import static dev.connectsim.scenario.ReferenceFlows.CALLER;
import static dev.connectsim.scenario.ReferenceFlows.answeredBy;
import static dev.connectsim.scenario.ReferenceFlows.call;
import static dev.connectsim.scenario.ReferenceFlows.heard;
import static dev.connectsim.scenario.ReferenceFlows.runs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.ContactRecord;
import dev.connectsim.contact.ContactState;
import dev.connectsim.contact.Party;
import dev.connectsim.flow.FlowParser;
import dev.connectsim.flow.lint.Finding;
import dev.connectsim.flow.lint.FlowValidator;
import dev.connectsim.flow.run.EndReason;
import dev.connectsim.flow.run.FlowRunRecord;
import dev.connectsim.flow.run.Unmodelled;
import dev.connectsim.routing.AgentStatus;
import dev.connectsim.routing.QuickConnectType;
import dev.connectsim.sim.Simulation;
import dev.connectsim.testing.Calls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A voice call through each reference test flow, as a user would see it: what the caller hears, the branch each
 * block takes, and what the contact, its record and routing end up with.
 */
class ReferenceActionsRunTest {

    private static ContactRecord record(Simulation sim, String contactId) {
        return sim.contact(contactId).record();
    }

    @Test
    void everyReferenceFlowValidatesWithNoFindingButTheNotModelledWarning() throws IOException {
        try (Stream<Path> files = Files.list(ReferenceFlows.file("."))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                List<String> rules = FlowValidator.validate(FlowParser.parseFile(file)).stream()
                        .map(Finding::rule).toList();
                assertEquals(file.endsWith("not-modelled.json") ? List.of("not-modelled") : List.of(), rules,
                        file.toString());
            }
        }
    }

    @Test
    void aCallThatReachesATypeOfTheReferenceTheSimulatorDoesNotModelEndsWithAFlowErrorNamingIt() {
        Simulation sim = answeredBy("not-modelled.json");

        String contactId = call(sim);

        FlowRunRecord end = runs(sim, contactId).get(0);
        assertEquals(EndReason.FLOW_ERROR, end.reason());
        assertTrue(end.detail().endsWith("not-modelled.json: action module (/Actions/0): the Flow Language action"
                + " type 'InvokeFlowModule' is one Amazon Connect runs, but the simulator does not model it"
                + " (docs/fidelity.md says why)"), end.detail());
        assertEquals(List.of("InvokeFlowModule"), sim.flows().unmodelled().stream().map(Unmodelled::type).toList(),
                "the scenario fails on it");
    }

    @Test
    void tagContactSetsItsTagsOnTheContactRecordAndUnTagContactRemovesOne() {
        Simulation sim = answeredBy("tag-contact.json");

        String contactId = sim.dial(CALLER, ReferenceFlows.NUMBER, Map.of("campaign", "spring"));
        sim.runUntil(() -> !runs(sim, contactId).isEmpty(), Duration.ofMinutes(1));

        assertEquals(List.of("Tagged."), heard(sim, contactId));
        assertEquals(Map.of("line", "priority", "campaign", "spring"), record(sim, contactId).tags(),
                "caller was removed; never-set was not there, which is no error");
        assertEquals(List.of("line", "campaign"), List.copyOf(record(sim, contactId).tags().keySet()));
    }

    @Test
    void aTagWhoseValueRefersToNothingSetsNoTagAndTakesTheErrorBranch() {
        Simulation sim = answeredBy("tag-contact.json");

        String contactId = call(sim);

        assertEquals(List.of("Not tagged."), heard(sim, contactId));
        assertEquals(Map.of(), record(sim, contactId).tags(), "all or nothing: line was not set either");
    }

    @Test
    void aSeventhTagSetsNoneOfTheBlocksTagsAndTakesTheErrorBranch() {
        Simulation sim = answeredBy("tag-contact-too-many.json");

        String contactId = call(sim);

        assertEquals(List.of("Not tagged."), heard(sim, contactId));
        assertEquals(List.of("a", "b", "c", "d"), List.copyOf(record(sim, contactId).tags().keySet()));
        assertTrue(sim.flows().visits().stream().anyMatch(v -> v.identifier().equals("second")
                && v.reason().contains("the contact would have 7 tags")), sim.flows().visits().toString());
    }

    @Test
    void flowAttributesAreReadInTheirFlowAllOrNothingAndAreGoneInTheNextFlow() {
        Simulation sim = answeredBy("flow-attributes.json");

        String contactId = call(sim);
        sim.runFor(Duration.ofSeconds(10));

        assertEquals(List.of("Hello " + CALLER + ", your plan is gold.", "Still gold.", "Next flow, plan []."),
                heard(sim, contactId));
        assertEquals(Map.of(), record(sim, contactId).attributes(), "flow attributes are no contact attributes");
    }

    @Test
    void onAVoiceCallRecordingIsSetByVoiceBehaviorAndChatBehaviorMediaProcessingAndResumeTakeTheirErrorBranches() {
        Simulation sim = answeredBy("channel-only.json");

        String contactId = call(sim);
        sim.runFor(Duration.ofSeconds(10));

        assertEquals(List.of("Chat recording is for chats.", "Message processing is for chats.",
                "Only tasks resume."), heard(sim, contactId));
        ContactRecord record = record(sim, contactId);
        assertEquals(List.of("Agent", "Customer"), record.settings().recordedParticipants());
        assertTrue(record.settings().analyticsEnabled());
        assertEquals("RealTime", record.settings().analyticsMode());
        assertEquals(EndReason.DISCONNECTED, runs(sim, contactId).get(0).reason());
    }

    @Test
    void aQueuePriorityOfOneIsRoutedBeforeAContactThatHasWaitedLongerAndTheRoutingCriteriaAreKept() {
        Simulation sim = answeredBy("priority-queue.json");
        sim.agent("alice").setState(AgentStatus.OFFLINE, Callbacks.none());
        sim.agent("bob").setState(AgentStatus.OFFLINE, Callbacks.none());
        sim.runFor(Duration.ofSeconds(1));
        String waiting = sim.inboundCall("+15550111", "BasicQueue");
        sim.runFor(Duration.ofSeconds(30));

        String priority = call(sim);
        sim.agent("alice").setState(AgentStatus.AVAILABLE, Callbacks.none());
        sim.runFor(Duration.ofSeconds(1));

        assertEquals(ContactState.CONNECTING, Calls.stateOf(sim, "alice", priority));
        assertNull(Calls.stateOf(sim, "alice", waiting), "the contact of priority 5 waits on");
        assertEquals(1, sim.contact(priority).queuePriority());
        assertEquals(List.of(Map.of("Expression", Map.of("AttributeCondition", Map.of("Name", "Language", "Value",
                "French", "ProficiencyLevel", "4.0", "ComparisonOperator", "NumberGreaterOrEqualTo")),
                "Expiry", Map.of("DurationInSeconds", "30"))),
                record(sim, priority).settings().routingCriteria().get("Steps"));
    }

    @Test
    void aQueueTimeAdjustmentOfTenMinutesIsRoutedBeforeAContactThatHasWaitedOneMinute() {
        Simulation sim = answeredBy("aged-queue.json");
        sim.agent("alice").setState(AgentStatus.OFFLINE, Callbacks.none());
        sim.agent("bob").setState(AgentStatus.OFFLINE, Callbacks.none());
        sim.runFor(Duration.ofSeconds(1));
        String waiting = sim.inboundCall("+15550111", "BasicQueue");
        sim.runFor(Duration.ofMinutes(1));

        String aged = call(sim);
        sim.agent("alice").setState(AgentStatus.AVAILABLE, Callbacks.none());
        sim.runFor(Duration.ofSeconds(1));
        sim.agent("bob").setState(AgentStatus.AVAILABLE, Callbacks.none());
        sim.runFor(Duration.ofSeconds(1));

        assertEquals(ContactState.CONNECTING, Calls.stateOf(sim, "alice", aged), "it counts as 10 minutes older");
        assertEquals(ContactState.CONNECTING, Calls.stateOf(sim, "bob", waiting), "the other one comes next");
    }

    @Test
    void aTransferFlowPutsTheTransferringAgentOnHoldAndTakesTheCustomerOffHold() {
        Simulation sim = answeredBy("hold-without-transfer.json", b -> b.quickConnect("Secure Bob",
                QuickConnectType.USER, "bob", List.of("BasicQueue"), "Hold Transferring Agent"));
        Contact alicesContact = Calls.callConnectedToAlice(sim);
        sim.agent("bob").setState(AgentStatus.AVAILABLE, Callbacks.none());
        sim.runFor(Duration.ofSeconds(1));

        alicesContact.addConnection(sim.instance().quickConnect("Secure Bob").endpoint(), Callbacks.none());
        sim.runFor(Duration.ofSeconds(3));

        String original = alicesContact.getContactId();
        String leg = record(sim, original).nextContactId();
        assertEquals(List.of("Please enter your card number."), heard(sim, leg));
        assertEquals(ConnectionState.HOLD, Calls.partyState(sim, original, Party.AGENT));
        assertEquals(ConnectionState.CONNECTED, Calls.partyState(sim, original, Party.CUSTOMER));
    }

    @Test
    void aContactNoTransferBroughtHasNoPreviousParticipantToHoldAndTakesTheErrorBranch() {
        Simulation sim = answeredBy("hold-without-transfer.json");

        String contactId = call(sim);

        assertEquals(List.of("Nobody to hold."), heard(sim, contactId));
        assertTrue(sim.flows().visits().get(0).reason().contains("no previous contact"),
                sim.flows().visits().get(0).toString());
    }
}
