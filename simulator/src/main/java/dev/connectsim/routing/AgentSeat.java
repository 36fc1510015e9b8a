package dev.connectsim.routing;

import dev.connectsim.contact.Assignment;
import dev.connectsim.contact.ContactState;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.contact.EndpointType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One logged-in agent on the server side: the status they chose, the status the service set
 * (missed call), and the contacts they have until they clear them.
 *
 * <p>Design note: the state the CCP shows is derived, never stored: an error status wins, then
 * Busy while a contact is active, then AfterCallWork while an ended contact is not cleared, and
 * otherwise the chosen status. Only a seat whose shown state is routable is offered contacts.
 */
public final class AgentSeat {

    private final AgentProfile profile;
    private final int order;
    private final List<String> lines;
    private final Endpoint endpoint;
    private final List<Assignment> assignments = new ArrayList<>();
    private AgentStatus chosen;
    private AgentStatus nextStatus;
    private AgentStatus error;

    AgentSeat(AgentProfile profile, AgentStatus initial, int order, List<String> lines) {
        this.profile = profile;
        this.chosen = initial;
        this.order = order;
        this.lines = List.copyOf(lines);
        this.endpoint = new Endpoint(profile.arn(), EndpointType.AGENT, profile.username(), null);
    }

    public AgentProfile profile() {
        return profile;
    }

    public String username() {
        return profile.username();
    }

    /** The agent as the far end of a connection: the endpoint of every agent connection they are given. */
    Endpoint endpoint() {
        return endpoint;
    }

    /** The agent's place in the instance's order, which routing offers contacts in. */
    int order() {
        return order;
    }

    /** The lines (agent queue, then the routing profile's queues) the agent takes contacts from, in that order. */
    List<String> lines() {
        return lines;
    }

    /** The state the agent's CCP shows now. */
    public AgentStatus shownStatus() {
        if (error != null) {
            return error;
        }
        if (hasActiveContact()) {
            return AgentStatus.BUSY;
        }
        for (Assignment assignment : assignments) {
            if (!assignment.isCleared() && assignment.state() == ContactState.ENDED) {
                return AgentStatus.AFTER_CALL_WORK;
            }
        }
        return chosen;
    }

    /** The status set to apply once the current contact is cleared, or null. */
    public AgentStatus nextStatus() {
        return nextStatus;
    }

    /** The agent's contacts that are not cleared yet, oldest first. */
    public List<Assignment> assignments() {
        return Collections.unmodifiableList(assignments);
    }

    /** The agent's assignment of {@code contactId} that they have not cleared yet; null when there is none. */
    Assignment openAssignment(String contactId) {
        for (Assignment assignment : assignments) {
            if (!assignment.isCleared() && assignment.contactId().equals(contactId)) {
                return assignment;
            }
        }
        return null;
    }

    public boolean hasActiveContact() {
        for (Assignment assignment : assignments) {
            if (!assignment.isCleared() && assignment.state().isActive()) {
                return true;
            }
        }
        return false;
    }

    boolean isRoutable() {
        return shownStatus().type() == AgentStateType.ROUTABLE;
    }

    void add(Assignment assignment) {
        assignments.add(assignment);
    }

    void removeCleared() {
        assignments.removeIf(Assignment::isCleared);
        if (nextStatus != null && !hasActiveContact()) {
            chosen = nextStatus;
            nextStatus = null;
        }
    }

    void choose(AgentStatus status) {
        chosen = status;
        error = null;
        nextStatus = null;
    }

    void enqueueNext(AgentStatus status) {
        nextStatus = status;
    }

    void failWith(AgentStatus errorStatus) {
        error = errorStatus;
    }
}
