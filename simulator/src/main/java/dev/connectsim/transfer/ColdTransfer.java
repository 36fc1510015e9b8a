package dev.connectsim.transfer;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Connection;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ContactState;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.event.Subscription;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cold transfer, written on the agent API the way agent-side Streams code does it (the
 * REFRESH-driven recipe of "Doing a Cold Transfer with the Amazon Connect Streams API"): hold the
 * customer, add the third party, then on every REFRESH look at the new third-party connection:
 * wait while it is connecting, and once it is connected, join everyone and leave. Anything else
 * (the dial failed, the contact ended) stops the procedure with the customer on hold and the
 * agent still connected, so the agent can take the customer back. The REFRESH subscription
 * removes itself as soon as the outcome is known.
 */
public final class ColdTransfer extends AgentSideTransfer {

    private Set<String> thirdPartiesBefore;
    private Subscription refresh;

    private ColdTransfer(Contact contact, Endpoint target, Clock clock) {
        super(contact, target, clock);
    }

    /** Starts a cold transfer of {@code contact} to {@code target}; it runs as virtual time runs. */
    public static ColdTransfer start(Contact contact, Endpoint target, Clock clock) {
        ColdTransfer transfer = new ColdTransfer(contact, target, clock);
        transfer.holdCustomer();
        return transfer;
    }


    /** Whether the procedure still listens to REFRESH. */
    @Override
    public boolean isListening() {
        return refresh != null && refresh.isActive();
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
        thirdPartiesBefore = contact.getThirdPartyConnections().stream().map(Connection::getConnectionId)
                .collect(Collectors.toSet());
        contact.addConnection(target, Callbacks.of(
                () -> refresh = contact.onRefresh(this::onRefresh),
                error -> failed("addConnection", error.toString())));
    }

    private void onRefresh(Contact seen) {
        if (seen.getState().type() != ContactState.CONNECTED) {
            stopListening();
            failed("dial", "the contact is " + seen.getState().type().value());
            return;
        }
        Connection thirdParty = seen.getThirdPartyConnections().stream()
                .filter(c -> !thirdPartiesBefore.contains(c.getConnectionId())).findFirst().orElse(null);
        if (thirdParty == null || thirdParty.isConnecting()) {
            return;
        }
        stopListening();
        if (!thirdParty.isConnected()) {
            failed("dial", "the third-party connection is " + thirdParty.getState().type().value());
            return;
        }
        seen.conferenceConnections(Callbacks.of(this::leave, error -> failed("conference", error.toString())));
    }

    private void stopListening() {
        if (refresh != null) {
            refresh.unsubscribe();
        }
    }
}
