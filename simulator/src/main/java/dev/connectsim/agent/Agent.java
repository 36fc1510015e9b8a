package dev.connectsim.agent;

import dev.connectsim.contact.ContactType;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.event.AgentEvent;
import dev.connectsim.event.ContactEvent;
import dev.connectsim.event.Subscription;
import dev.connectsim.routing.AgentStatus;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams' {@code connect.Agent} for one simulated agent: getters read the CCP's last snapshot,
 * actions go to the service after the CTI latency and answer through {@link Callbacks}.
 */
public final class Agent {

    /** The payload of {@code agent::state_change}: {@code {agent, oldState, newState}}. */
    public record StateChange(Agent agent, AgentStatus oldState, AgentStatus newState) {
    }

    private final Ccp ccp;

    Agent(Ccp ccp) {
        this.ccp = ccp;
    }

    /** The agent's username (Streams' {@code getName()} shows the display name; here they are one). */
    public String getName() {
        return ccp.username();
    }

    /** The agent's state as of the last snapshot, or null before the first one. */
    public AgentStatus getState() {
        AgentSnapshot snapshot = ccp.latest();
        return snapshot == null ? null : snapshot.state();
    }

    /** The status queued to apply once the current contact is cleared, or null. */
    public AgentStatus getNextState() {
        AgentSnapshot snapshot = ccp.latest();
        return snapshot == null ? null : snapshot.nextState();
    }

    /** The statuses the agent may choose: Available and Offline. */
    public List<AgentStatus> getAgentStates() {
        return List.of(AgentStatus.AVAILABLE, AgentStatus.OFFLINE);
    }

    /** The agent's contacts in the last snapshot, oldest state first. */
    public List<Contact> getContacts() {
        AgentSnapshot snapshot = ccp.latest();
        return snapshot == null ? List.of()
                : snapshot.contacts().stream().map(c -> new Contact(ccp, c.contactId())).toList();
    }

    /** The agent's contacts of one type. */
    public List<Contact> getContacts(ContactType type) {
        return getContacts().stream().filter(c -> c.getType() == type).toList();
    }

    /** The ARNs of the queues in the agent's routing profile. */
    public List<String> getRoutingProfileQueueArns() {
        return ccp.service().routingProfileQueueArns(ccp.username());
    }

    /** Sets the agent's status; fails while on a contact unless {@code enqueueNextState}. */
    public void setState(AgentStatus status, Callbacks callbacks, boolean enqueueNextState) {
        ccp.act("setState " + status, () -> ccp.service().setState(ccp.username(), status, enqueueNextState),
                callbacks, () -> { });
    }

    public void setState(AgentStatus status, Callbacks callbacks) {
        setState(status, callbacks, false);
    }

    /** The quick connects for {@code queueArns}, delivered after the CTI latency. */
    public void getEndpoints(List<String> queueArns, Consumer<List<Endpoint>> success) {
        List<String> queues = List.copyOf(queueArns);
        ccp.scheduler().schedule(ccp.timings().ctiLatency(), ccp.username() + ": getEndpoints",
                () -> success.accept(ccp.service().endpoints(ccp.username(), queues)));
    }

    /** Streams' {@code connect.contact(f)}: called with each contact that appears in this CCP. */
    public Subscription onContact(Consumer<Contact> handler) {
        return ccp.bus().subscribe(ContactEvent.INIT.globalName(), e -> handler.accept((Contact) e.data()));
    }

    /** Called on every snapshot. */
    public Subscription onRefresh(Consumer<Agent> handler) {
        return ccp.bus().subscribe(AgentEvent.REFRESH.eventName(), e -> handler.accept(this));
    }

    /** Called when the state's name changes. */
    public Subscription onStateChange(Consumer<StateChange> handler) {
        return ccp.bus().subscribe(AgentEvent.STATE_CHANGE.eventName(),
                e -> handler.accept((StateChange) e.data()));
    }
}
