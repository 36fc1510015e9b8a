package dev.connectsim.harness.steps;

import dev.connectsim.contact.Contact;
import dev.connectsim.contact.ContactRecord;
import dev.connectsim.contact.ContactState;
import dev.connectsim.harness.ExpectationFailed;
import dev.connectsim.harness.ScenarioWorld;
import io.cucumber.java.en.Then;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the contacts show: states on an agent's CCP, attributes, the path through the flows, contact records. */
public final class ContactSteps {

    private final ScenarioWorld world;

    public ContactSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Then("{word} is connected to {call} within {duration}")
    public void agentConnectedWithin(String agent, CallRef call, Duration within) {
        agentSeesWithin(agent, call, ContactState.CONNECTED, within);
    }

    @Then("{word} sees {call} {state} within {duration}")
    public void agentSeesWithin(String agent, CallRef call, ContactState state, Duration within) {
        boolean reached = world.runUntil(() -> world.transferLeg().isPresent() || call == CallRef.CALL, within)
                && world.runUntil(() -> world.agentSees(agent, call.in(world).contactId()).orElse(null) == state,
                        within);
        if (!reached) {
            String seen = call == CallRef.TRANSFER_LEG && world.transferLeg().isEmpty() ? "there is no transfer leg"
                    : agent + "'s CCP shows it " + world.agentSees(agent, call.in(world).contactId())
                            .map(ContactState::value).orElse("not at all");
            throw new ExpectationFailed(agent + " to see " + call + " " + state.value() + " within " + seconds(within),
                    seen, world);
        }
    }

    @Then("{call} has the attribute {string} set to {string}")
    public void attributeIs(CallRef call, String name, String value) {
        Contact contact = call.in(world);
        if (!value.equals(contact.attributes().get(name))) {
            throw new ExpectationFailed(call + "'s attribute " + name + " to be '" + value + "'", "it is "
                    + describe(contact.attributes().get(name)) + "; attributes: " + contact.attributes(), world);
        }
    }

    @Then("{call} has no attribute {string}")
    public void attributeAbsent(CallRef call, String name) {
        Contact contact = call.in(world);
        if (contact.attributes().containsKey(name)) {
            throw new ExpectationFailed(call + " to have no attribute " + name, "it is "
                    + describe(contact.attributes().get(name)), world);
        }
    }

    @Then("{call} went through the flow blocks:")
    public void wentThrough(CallRef call, List<String> blocks) {
        List<String> path = world.path(call.in(world).contactId());
        if (!path.equals(blocks)) {
            throw new ExpectationFailed(call + " to go through " + blocks, "it went through " + path, world);
        }
    }

    /**
     * Fields of the contact's record (CTR): agent, initiation method, disconnect reason, recorded participants,
     * analytics, number of holds.
     */
    @Then("the contact record of {call} shows:")
    public void contactRecordShows(CallRef call, Map<String, String> expected) {
        ContactRecord record = call.in(world).record();
        Map<String, String> actual = new LinkedHashMap<>();
        actual.put("agent", String.valueOf(record.agentUsername()));
        actual.put("initiation method", String.valueOf(record.initiationMethod()));
        actual.put("disconnect reason", String.valueOf(record.disconnectReason()));
        actual.put("recorded participants", String.join(", ", record.settings().recordedParticipants()));
        actual.put("analytics", record.settings().analyticsEnabled() ? record.settings().analyticsMode() : "off");
        actual.put("number of holds", String.valueOf(record.numberOfHolds()));
        Map<String, String> wrong = new LinkedHashMap<>();
        expected.forEach((field, value) -> {
            if (!actual.containsKey(field)) {
                throw new IllegalArgumentException("a contact record shows no '" + field + "' here (fields: "
                        + actual.keySet() + ")");
            }
            if (!value.equals(actual.get(field))) {
                wrong.put(field, "expected '" + value + "', was '" + actual.get(field) + "'");
            }
        });
        if (!wrong.isEmpty()) {
            throw new ExpectationFailed("the contact record of " + call + " to show " + expected, "it differs: "
                    + wrong, world);
        }
    }

    private static String describe(String value) {
        return value == null ? "not set" : "'" + value + "'";
    }

    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
