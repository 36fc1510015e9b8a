package dev.connectsim.transfer;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Connection;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ContactState;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.cti.CtiError;
import dev.connectsim.cti.CtiErrorType;
import dev.connectsim.event.Subscription;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The warm transfer, written on the agent API the way agent-side Streams code does it (R8): hold
 * the customer, add the third party, talk to them while the customer waits, then join everyone and
 * leave. The agent (the test) decides when the consult is over, with {@link #joinAndLeave()}, and
 * may {@link #swap()} between the two parties before that.
 *
 * <p>Design note, one row per phase:
 * <pre>
 * phase       what the procedure does                          next
 * holding     holds the customer                               dialling | Failed(hold)
 * dialling    addConnection                                    ringing | Failed(addConnection)
 * ringing     on REFRESH, waits while the new third party      consulting once it is connected |
 *             is connecting                                      resuming when its connection ended
 * consulting  on REFRESH, watches the third party; the agent   joining on joinAndLeave() |
 *             may swap()                                         resuming when its connection ended
 * joining     conferenceConnections (REFRESH no longer heard)  leaving | Failed(conference)
 * leaving     destroys the agent's connection                  Completed | Failed(leave)
 * resuming    resumes the customer if on hold                  Failed(dial or consult) | Failed(resume)
 * </pre>
 * A third party who declines, is busy or never answers ends the dial, and one who hangs up before
 * the join ends the consult: in both the procedure takes the customer back (resumes them), so the
 * agent and the customer talk again, and the outcome is {@code Failed("dial" or "consult", what
 * happened)}. Streams shows only a disconnected connection, so "declined" and "not answered" read
 * alike (R5). A refused hold, addConnection, conference or hang-up ends the procedure with the
 * service's error, leaving the call as that step left it. A refused swap does not end it (the call
 * is unchanged and the agent may swap again or join); it is listed in {@link #failedSwaps()}.
 * A USER quick connect shows connected at once (R2), so its consult starts before the target agent
 * has answered.
 *
 * <p>A customer who hangs up while the third party rings or during the consult ends the procedure
 * with {@code Failed("dial" or "consult", "the customer hung up")}: there is nobody left to
 * transfer, and the agent stays on the call with the third party (if any) to end it. Earlier, the
 * hold or addConnection fails; during the join, the conference fails. After a successful join the
 * customer is the third party's: leaving still ends {@code Completed}. The REFRESH subscription
 * removes itself as soon as the consult is over, so the procedure is never left listening.
 */
public final class WarmTransfer extends AgentSideTransfer {

    private enum Phase { HOLDING, DIALLING, RINGING, CONSULTING, JOINING, LEAVING, RESUMING, DONE }

    private final List<TransferOutcome.Failed> failedSwaps = new ArrayList<>();
    private Phase phase = Phase.HOLDING;
    private Set<String> thirdPartiesBefore;
    private Subscription refresh;

    private WarmTransfer(Contact contact, Endpoint target, Clock clock) {
        super(contact, target, clock);
    }

    /** Starts a warm transfer of {@code contact} to {@code target}; it runs as virtual time runs. */
    public static WarmTransfer start(Contact contact, Endpoint target, Clock clock) {
        WarmTransfer transfer = new WarmTransfer(contact, target, clock);
        transfer.holdCustomer();
        return transfer;
    }


    /**
     * Whether the third party has answered and the agent is consulting: the procedure waits for
     * {@link #joinAndLeave()} or {@link #swap()}. Stays true after a swap (the customer active, the
     * third party on hold) until the agent joins or the consult ends.
     */
    public boolean isConsulting() {
        return phase == Phase.CONSULTING;
    }

    /** Whether the procedure still listens to REFRESH. */
    @Override
    public boolean isListening() {
        return refresh != null && refresh.isActive();
    }

    /** The swaps the service refused, in order; each left the call as it was. */
    public List<TransferOutcome.Failed> failedSwaps() {
        return List.copyOf(failedSwaps);
    }

    /**
     * Ends the consult: joins everyone ({@code conferenceConnections}), then destroys the agent's
     * connection, leaving the customer with the third party.
     *
     * @throws IllegalStateException when the procedure is not consulting
     */
    public void joinAndLeave() {
        requireConsulting("joinAndLeave");
        stopListening();
        phase = Phase.JOINING;
        contact.conferenceConnections(Callbacks.of(this::leave, error -> failed("conference", error.toString())));
    }

    /**
     * Swaps which party is on hold ({@code toggleActiveConnections}): the customer active and the
     * third party held, or back. The consult goes on either way.
     *
     * @throws IllegalStateException when the procedure is not consulting
     */
    public void swap() {
        requireConsulting("swap");
        contact.toggleActiveConnections(Callbacks.of(() -> { },
                error -> failedSwaps.add(new TransferOutcome.Failed("swap", error.toString(), clock.instant()))));
    }

    private void requireConsulting(String action) {
        if (phase != Phase.CONSULTING) {
            throw new IllegalStateException("cannot " + action + " the warm transfer of " + contact + ": it is "
                    + phase.name().toLowerCase(Locale.ROOT) + " (allowed: consulting)");
        }
    }

    private void holdCustomer() {
        Connection customer = contact.getInitialConnection();
        if (customer == null) {
            failed("hold", "the contact has no customer connection");
            return;
        }
        customer.hold(Callbacks.of(this::addThirdParty, error -> failed("hold", error.toString())));
    }

    private void addThirdParty() {
        phase = Phase.DIALLING;
        thirdPartiesBefore = contact.getThirdPartyConnections().stream().map(Connection::getConnectionId)
                .collect(Collectors.toSet());
        contact.addConnection(target, Callbacks.of(() -> {
            phase = Phase.RINGING;
            refresh = contact.onRefresh(this::onRefresh);
        }, error -> failed("addConnection", error.toString())));
    }

    private void onRefresh(Contact seen) {
        if (phase != Phase.RINGING && phase != Phase.CONSULTING) {
            return;
        }
        String step = phase == Phase.RINGING ? "dial" : "consult";
        if (seen.getState().type() != ContactState.CONNECTED) {
            stopListening();
            failed(step, "the contact is " + seen.getState().type().value());
            return;
        }
        Connection customer = seen.getInitialConnection();
        if (customer == null || !customer.isActive()) {
            stopListening();
            failed(step, "the customer hung up");
            return;
        }
        Connection thirdParty = seen.getThirdPartyConnections().stream()
                .filter(c -> !thirdPartiesBefore.contains(c.getConnectionId())).findFirst().orElse(null);
        if (thirdParty == null || thirdParty.isConnecting()) {
            return;
        }
        if (thirdParty.isActive()) {
            phase = Phase.CONSULTING;
            return;
        }
        stopListening();
        String state = thirdParty.getState().type().value();
        takeCustomerBack(step, phase == Phase.RINGING
                ? "the third party did not answer: its connection is " + state
                : "the third party hung up during the consult: its connection is " + state, customer);
    }

    private void takeCustomerBack(String step, String what, Connection customer) {
        phase = Phase.RESUMING;
        if (!customer.isOnHold()) {
            failed(step, what);
            return;
        }
        customer.resume(Callbacks.of(() -> failed(step, what), error -> resumeFailed(step, what, error)));
    }

    private void resumeFailed(String step, String what, CtiError error) {
        if (error.type() == CtiErrorType.CALL_ALREADY_RESUMED) {
            failed(step, what);
        } else {
            failed("resume", error + " (taking the customer back after: " + what + ")");
        }
    }

    @Override
    protected void leave() {
        phase = Phase.LEAVING;
        super.leave();
    }

    private void stopListening() {
        if (refresh != null) {
            refresh.unsubscribe();
        }
    }

    @Override
    protected void ended() {
        phase = Phase.DONE;
    }
}
