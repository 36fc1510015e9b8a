package dev.connectsim.harness.steps;

import dev.connectsim.contact.ContactState;
import dev.connectsim.harness.CallRef;
import dev.connectsim.harness.Capability;
import dev.connectsim.harness.CcpEventCheck;
import dev.connectsim.harness.ExpectationFailed;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.harness.Target;
import io.cucumber.java.en.Then;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What the contacts show: states on an agent's CCP, attributes, the path through the flows, contact records. */
public final class ContactSteps {

    private final Target target;

    public ContactSteps(Target target) {
        this.target = target;
    }

    @Then("{word} is connected to {call} within {duration}")
    public void agentConnectedWithin(String agent, CallRef call, Duration within) {
        target.center().expectAgentSees(agent, call, ContactState.CONNECTED, within);
    }

    @Then("{word} sees {call} {state} within {duration}")
    public void agentSeesWithin(String agent, CallRef call, ContactState state, Duration within) {
        target.center().expectAgentSees(agent, call, state, within);
    }

    @Then("{call} has the attribute {string} set to {string}")
    public void attributeIs(CallRef call, String name, String value) {
        target.center().expectAttribute(call, name, value);
    }

    @Then("{call} has no attribute {string}")
    public void attributeAbsent(CallRef call, String name) {
        target.center().expectAttribute(call, name, null);
    }

    /** Any value will do: what a flow sets from a Lambda's answer, such as voiceCallId. */
    @Then("{call} gets the attribute {string} within {duration}")
    public void attributeSet(CallRef call, String name, Duration within) {
        target.center().expectAttributeSet(call, name, within);
    }

    @Then("{call} went through the flow blocks:")
    public void wentThrough(CallRef call, List<String> blocks) {
        ScenarioWorld world = target.simulator(Capability.FLOW_PATH);
        List<String> path = world.path(call.in(world).contactId());
        if (!path.equals(blocks)) {
            throw new ExpectationFailed(call + " to go through " + blocks, "it went through " + path, world);
        }
    }

    /**
     * The Streams events the agent's CCP fired for the contact, in order (a one-column table of event names such as
     * connecting, accepted, connected, acw, ended, missed, refresh); a run of REFRESH events is one.
     */
    @Then("{word}'s CCP fired these events for {call}:")
    public void ccpFired(String agent, CallRef call, List<String> events) {
        CcpEventCheck.expect(target.simulator(Capability.CCP_EVENTS), agent, call, events, ScenarioWorld.DEFAULT_WAIT);
    }

    /**
     * Fields of the contact's record (CTR): agent, initiation method, disconnect reason, recorded participants,
     * analytics, number of holds, tags (key=value, in the order set).
     */
    @Then("the contact record of {call} shows:")
    public void contactRecordShows(CallRef call, Map<String, String> expected) {
        target.center().expectContactRecord(call, expected);
    }
}
