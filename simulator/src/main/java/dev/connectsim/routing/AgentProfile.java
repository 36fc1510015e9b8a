package dev.connectsim.routing;

import dev.connectsim.contact.QueueInfo;
import java.util.Objects;

/**
 * An agent (a Connect user) of the simulated instance, and what they do when offered a contact.
 *
 * @param username       the login name, which the simulator and quick connects use
 * @param id             the user id
 * @param arn            {@code arn:aws:connect:<region>:<account>:instance/<instance id>/agent/<id>}
 * @param firstName      the first name ({@code $.Agent.FirstName} in flows)
 * @param lastName       the last name ({@code $.Agent.LastName} in flows)
 * @param routingProfile the name of the agent's routing profile
 * @param behavior       what the agent does when offered a contact
 */
public record AgentProfile(String username, String id, String arn, String firstName, String lastName,
        String routingProfile, AgentBehavior behavior) {

    public AgentProfile {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(routingProfile, "routingProfile");
        Objects.requireNonNull(behavior, "behavior");
    }

    /** The agent's own queue, as a transfer to the agent puts the contact in it: named for the agent, with their ARN. */
    public QueueInfo agentQueue() {
        return new QueueInfo(username, arn);
    }
}
