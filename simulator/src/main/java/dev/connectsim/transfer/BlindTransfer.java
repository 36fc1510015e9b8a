package dev.connectsim.transfer;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.Endpoint;
import java.time.Clock;

/**
 * The blind transfer, written on the agent API the way agent-side Streams code does it (R8; issues
 * 54 and 131): add the third party, which puts the customer on hold by itself (R1), and as soon as
 * the service has taken the dial, destroy the agent's own connection without waiting for an
 * answer. The agent is gone at once and the customer hears the ringing; what becomes of the
 * customer is then up to the third party: an answer bridges them, and an external number that
 * never answers leaves the customer alone, who is dropped unless the contact's CustomerRemaining
 * hook flow takes them over.
 *
 * <p>The outcome says what the agent did, not what became of the customer: {@code Completed} once
 * the agent has left, {@code Failed("addConnection", ...)} when the service refused the dial
 * (nothing dialled, the customer not on hold), {@code Failed("leave", ...)} when it refused the
 * hang-up (the customer on hold, the third party ringing, the agent still on the call). A customer
 * who hangs up before the dial reaches the service makes the dial fail
 * ({@code InvalidStateException}); one who hangs up after it does not stop the agent from leaving,
 * so the outcome is {@code Completed}, as it is for a third party who never answers. The procedure
 * never listens to events, so it cannot be left waiting.
 */
public final class BlindTransfer extends AgentSideTransfer {


    private BlindTransfer(Contact contact, Endpoint target, Clock clock) {
        super(contact, target, clock);
    }

    /** Starts a blind transfer of {@code contact} to {@code target}; it runs as virtual time runs. */
    public static BlindTransfer start(Contact contact, Endpoint target, Clock clock) {
        BlindTransfer transfer = new BlindTransfer(contact, target, clock);
        transfer.addThirdParty();
        return transfer;
    }


    private void addThirdParty() {
        contact.addConnection(target, Callbacks.of(this::leave, error -> failed("addConnection", error.toString())));
    }

}
