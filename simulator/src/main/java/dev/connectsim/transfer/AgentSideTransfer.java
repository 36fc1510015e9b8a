package dev.connectsim.transfer;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Connection;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.Endpoint;
import java.time.Clock;
import java.util.Optional;

/**
 * What the cold, warm and blind procedures share: the contact, the target, the clock, how the procedure ended,
 * and its last step, leaving the call. Subclasses run their own steps and end with {@link #completed()} or
 * {@link #failed}.
 */
abstract class AgentSideTransfer implements TransferProcedure {

    protected final Contact contact;
    protected final Endpoint target;
    protected final Clock clock;
    private TransferOutcome outcome;

    AgentSideTransfer(Contact contact, Endpoint target, Clock clock) {
        this.contact = contact;
        this.target = target;
        this.clock = clock;
    }

    /** The outcome, once the procedure has ended. */
    @Override
    public final Optional<TransferOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    @Override
    public final boolean isDone() {
        return outcome != null;
    }

    /** The agent leaves: destroys their connection, and the procedure is completed. */
    protected void leave() {
        Connection agent = contact.getAgentConnection();
        if (agent == null) {
            failed("leave", "the contact has no agent connection");
            return;
        }
        agent.destroy(Callbacks.of(this::completed, error -> failed("leave", error.toString())));
    }

    /** Ends the procedure as completed. */
    protected void completed() {
        ended();
        outcome = new TransferOutcome.Completed(clock.instant());
    }

    /** Ends the procedure as failed in {@code step}, for {@code reason}. */
    protected void failed(String step, String reason) {
        ended();
        outcome = new TransferOutcome.Failed(step, reason, clock.instant());
    }

    /** Called as the procedure ends, before its outcome is set; nothing by default. */
    protected void ended() {
    }
}
