package dev.connectsim.flow.run;

import dev.connectsim.contact.Contact;
import dev.connectsim.contact.QueueInfo;
import dev.connectsim.routing.AgentProfile;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What flows ask of the rest of the contact center: routing, hanging up, dialling out, and queue metrics. The
 * simulator implements it on its router and call control; tests may implement it alone.
 */
public interface CallHandling {

    /** How TransferContactToQueue went. */
    enum Enqueued { QUEUED, AT_CAPACITY, REFUSED }

    /** Puts {@code contact} in {@code queue} (a queue, or an agent's queue) for an agent (TransferContactToQueue). */
    Enqueued enqueue(Contact contact, QueueInfo queue);

    /**
     * Offers {@code contact} to {@code agent} (TransferContactToAgent). False when the agent cannot take it now
     * (not routable, or on another contact): Connect then disconnects the contact.
     */
    boolean transferToAgent(Contact contact, AgentProfile agent);

    /** Hangs up on the customer of {@code contact} (DisconnectParticipant, or a flow that ends the contact). */
    void disconnect(Contact contact);

    /**
     * Dials {@code number} and bridges the customer to it (TransferParticipantToThirdParty); {@code outcome} is
     * told true once the third party answers, false when they do not within {@code timeLimit}.
     */
    void dialThirdParty(Contact contact, String number, Duration timeLimit, Consumer<Boolean> outcome);

    /**
     * Puts the agent or the customer of the contact a transfer came from on hold, or takes them off it
     * (UpdatePreviousContactParticipantState). Empty when done; otherwise why it could not.
     */
    Optional<String> holdPreviousParties(Contact contact, boolean agentOnHold, boolean customerOnHold);

    /** A real-time figure of {@code queue} (a queue or an agent's queue), for CheckMetricData. */
    long metric(QueueMetric metric, QueueInfo queue);
}
