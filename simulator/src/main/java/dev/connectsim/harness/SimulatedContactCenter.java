package dev.connectsim.harness;

import dev.connectsim.contact.Contact;
import dev.connectsim.contact.ContactRecord;
import dev.connectsim.contact.ContactState;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The simulator as the steps' contact center: waiting is in virtual time, and it can do everything. */
public final class SimulatedContactCenter implements ContactCenter {

    private final ScenarioWorld world;

    public SimulatedContactCenter(ScenarioWorld world) {
        this.world = world;
    }

    @Override
    public String customerCalls(String number, String from) {
        return world.customerCalls(number, from);
    }

    @Override
    public String customerCalls(String number, String from, Map<String, String> attributes) {
        return world.customerCalls(number, from, attributes);
    }

    @Override
    public void customerHangsUp() {
        world.customerHangsUp();
    }

    @Override
    public void timePasses(Duration duration) {
        world.runFor(duration);
    }

    @Override
    public void expectAgentSees(String agent, CallRef call, ContactState state, Duration within) {
        boolean reached = world.runUntil(() -> world.transferLeg().isPresent() || call == CallRef.CALL, within)
                && world.runUntil(() -> world.agentSees(agent, call.in(world).contactId()).orElse(null) == state,
                        within);
        if (!reached) {
            String seen = call == CallRef.TRANSFER_LEG && world.transferLeg().isEmpty() ? "there is no transfer leg"
                    : agent + "'s CCP shows it " + world.agentSees(agent, call.in(world).contactId())
                            .map(ContactState::value).orElse("not at all");
            throw new ExpectationFailed(agent + " to see " + call + " " + state.value() + " within "
                    + Seconds.of(within), seen, world);
        }
    }

    @Override
    public void expectAttribute(CallRef call, String name, String value) {
        Map<String, String> attributes = call.in(world).attributes();
        String actual = attributes.get(name);
        if (value == null ? actual != null : !value.equals(actual)) {
            throw new ExpectationFailed(value == null ? call + " to have no attribute " + name
                    : call + "'s attribute " + name + " to be '" + value + "'", "it is "
                            + (actual == null ? "not set" : "'" + actual + "'") + "; attributes: " + attributes, world);
        }
    }

    @Override
    public void expectAttributeSet(CallRef call, String name, Duration within) {
        if (!world.runUntil(() -> call.in(world).attributes().containsKey(name), within)) {
            throw new ExpectationFailed(call + " to get the attribute " + name + " within " + Seconds.of(within),
                    "its attributes are " + call.in(world).attributes(), world);
        }
    }

    @Override
    public void expectContactRecord(CallRef call, Map<String, String> expected) {
        Contact contact = call.in(world);
        ContactRecord record = contact.record();
        Map<String, String> actual = new LinkedHashMap<>();
        actual.put(ContactRecordFields.AGENT, String.valueOf(record.agentUsername()));
        actual.put(ContactRecordFields.INITIATION_METHOD, String.valueOf(record.initiationMethod()));
        actual.put(ContactRecordFields.DISCONNECT_REASON, String.valueOf(record.disconnectReason()));
        actual.put("recorded participants", String.join(", ", record.settings().recordedParticipants()));
        actual.put("analytics", record.settings().analyticsEnabled() ? record.settings().analyticsMode() : "off");
        actual.put("number of holds", String.valueOf(record.numberOfHolds()));
        actual.put(ContactRecordFields.TAGS, ContactRecordFields.tags(record.tags()));
        Map<String, String> wrong = ContactRecordFields.differences(expected, actual);
        if (!wrong.isEmpty()) {
            throw new ExpectationFailed("the contact record of " + call + " to show " + expected, "it differs: "
                    + wrong, world);
        }
    }

    @Override
    public Optional<String> cannot(Capability capability) {
        return Optional.empty();
    }
}
