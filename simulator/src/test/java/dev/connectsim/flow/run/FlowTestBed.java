package dev.connectsim.flow.run;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.FlowParser;
import dev.connectsim.flow.FlowType;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.routing.Instance;
import dev.connectsim.sim.Simulation;
import dev.connectsim.testing.Calls;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulation for flow tests: the test's flow answers the system number +18005550100 (or runs from a quick
 * connect), with the instance of {@code dev.connectsim.testing.Calls} plus that number and transfer quick
 * connects that run flows. Flows are written as their Actions only; the first action is the StartAction.
 */
final class FlowTestBed {

    static final String CALLER = "+15550100";
    static final String SYSTEM_NUMBER = "+18005550100";
    static final String FLOW = "Test Flow";
    /** When the test flow starts on a call placed at once: the simulation's start plus the system's answer delay. */
    static final Instant FLOW_START = Simulation.DEFAULT_START.plusMillis(500);

    private static final Pattern FIRST_ID = Pattern.compile("\"Identifier\"\\s*:\\s*\"([^\"]*)\"");

    final LambdaRegistry lambdas = new LambdaRegistry();
    private final FlowLibrary.Builder flows = FlowLibrary.builder();
    private UnaryOperator<Instance.Builder> instanceChanges = b -> b;
    private FlowTimings timings = FlowTimings.defaults();
    private Simulation sim;

    /** A bed whose system number runs a CONTACT_FLOW with {@code actions} (JSON objects, comma-separated). */
    static FlowTestBed inbound(String actions) {
        return new FlowTestBed().flow(FLOW, FlowType.CONTACT_FLOW, actions);
    }

    /** Adds a flow named {@code name} of {@code type} with {@code actions}. */
    FlowTestBed flow(String name, FlowType type, String actions) {
        Flow flow = FlowParser.parseText(name + ".json", document(actions));
        String id = UUID.nameUUIDFromBytes(name.getBytes()).toString();
        flows.add(new FlowLibrary.Entry(name, type, id, Instance.instanceArn(Instance.DEFAULT_INSTANCE_ID)
                + "/contact-flow/" + id, flow));
        return this;
    }

    /** The flow document for {@code actions}, starting at the first. */
    static String document(String actions) {
        Matcher first = FIRST_ID.matcher(actions);
        String start = first.find() ? first.group(1) : "none";
        return "{\"Version\":\"2019-10-30\",\"StartAction\":\"" + start + "\",\"Actions\":[" + actions + "]}";
    }

    FlowTestBed instance(UnaryOperator<Instance.Builder> changes) {
        UnaryOperator<Instance.Builder> before = instanceChanges;
        instanceChanges = b -> changes.apply(before.apply(b));
        return this;
    }

    FlowTestBed timings(FlowTimings value) {
        timings = value;
        return this;
    }

    Simulation sim() {
        if (sim == null) {
            Instance.Builder builder = Calls.instance().toBuilder().phoneNumber(SYSTEM_NUMBER, FLOW);
            sim = Simulation.builder(instanceChanges.apply(builder).build()).flows(flows.build()).lambdas(lambdas)
                    .flowTimings(timings).build();
        }
        return sim;
    }

    /** A call to the system number; runs until its first flow run ends (at most 10 virtual minutes). */
    String call() {
        String contactId = sim().inboundCall(CALLER);
        sim().runUntil(() -> !runsOf(contactId).isEmpty(), Duration.ofMinutes(10));
        return contactId;
    }

    /** How the runs on {@code contactId} ended, in order. */
    List<FlowRunRecord> runsOf(String contactId) {
        return sim().flows().runs().stream().filter(r -> r.contactId().equals(contactId)).toList();
    }

    /** How the first run on {@code contactId} ended. */
    FlowRunRecord endOf(String contactId) {
        List<FlowRunRecord> runs = runsOf(contactId);
        if (runs.isEmpty()) {
            throw new AssertionError("no flow run ended on " + contactId + "; visits: " + sim().flows().visits());
        }
        return runs.get(0);
    }

    /** The Identifiers the contact's flows ran, in order. */
    List<String> path(String contactId) {
        return sim().flows().visits().stream().filter(v -> v.contactId().equals(contactId))
                .map(BlockVisit::identifier).toList();
    }

    /** How each block of the contact left, as "Identifier branch". */
    List<String> branches(String contactId) {
        return sim().flows().visits().stream().filter(v -> v.contactId().equals(contactId))
                .map(v -> v.identifier() + " " + v.branch()).toList();
    }

    /** The prompts the contact heard. */
    List<String> heard(String contactId) {
        return sim().flows().prompts().stream().filter(p -> p.contactId().equals(contactId))
                .map(PlayedPrompt::text).toList();
    }

    /** Every block the contact's flows ran, in order, with when and how each left. */
    List<BlockVisit> visits(String contactId) {
        return sim().flows().visits().stream().filter(v -> v.contactId().equals(contactId)).toList();
    }

    /** The visit of the block {@code identifier}; fails when the contact's flows did not run it exactly once. */
    BlockVisit visit(String contactId, String identifier) {
        List<BlockVisit> found = visits(contactId).stream().filter(v -> v.identifier().equals(identifier)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one visit of " + identifier + ", got " + found.size() + "; visits: "
                    + visits(contactId));
        }
        return found.get(0);
    }

    /** The flow log entries of the contact, in order. */
    List<FlowLogEntry> logs(String contactId) {
        return sim().flows().flowLogs().stream().filter(e -> e.contactId().equals(contactId)).toList();
    }

    /** A MessageParticipant that says {@code text} and has nowhere to go, so the flow ends after it. */
    static String say(String identifier, String text) {
        return "{\"Identifier\":\"" + identifier + "\",\"Type\":\"MessageParticipant\",\"Parameters\":{\"Text\":\""
                + text + "\"},\"Transitions\":{}}";
    }

    /** A MessageParticipant that says its own Identifier and ends the flow: the mark of the branch taken. */
    static String say(String identifier) {
        return say(identifier, identifier);
    }

    /** A DisconnectParticipant. */
    static String disconnect(String identifier) {
        return "{\"Identifier\":\"" + identifier + "\",\"Type\":\"DisconnectParticipant\",\"Parameters\":{},"
                + "\"Transitions\":{}}";
    }
}
