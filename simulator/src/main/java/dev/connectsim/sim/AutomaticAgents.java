package dev.connectsim.sim;

import dev.connectsim.agent.CtiService;
import dev.connectsim.contact.Connection;
import dev.connectsim.contact.Contact;
import dev.connectsim.cti.CtiResult;
import dev.connectsim.routing.AgentBehavior;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.RoutingListener;
import dev.connectsim.time.Scheduler;
import dev.connectsim.time.Timings;
import java.util.function.Supplier;

/**
 * The transfers of automatic agents ({@link AgentBehavior.Automatic} with a transfer): once such an agent is
 * connected to a contact for the transfer's talk time, they add its quick connect and, when that succeeds, hang up
 * their own connection, leaving the customer with the transfer. Each action reaches the service after the CTI
 * latency, as a CCP's would, and goes through the same service (so planned CTI faults apply). An action the
 * service refuses (the customer hung up meanwhile) is not retried: the agent stays until the call ends.
 * Accepting and clearing are routing's ({@link dev.connectsim.routing.Router}).
 */
final class AutomaticAgents implements RoutingListener {

    private final Instance instance;
    private final CtiService service;
    private final Scheduler scheduler;
    private final Timings timings;

    AutomaticAgents(Instance instance, CtiService service, Scheduler scheduler, Timings timings) {
        this.instance = instance;
        this.service = service;
        this.scheduler = scheduler;
        this.timings = timings;
    }

    @Override
    public void agentConnected(Contact contact) {
        String agent = contact.agentUsername();
        if (!(instance.agent(agent).behavior() instanceof AgentBehavior.Automatic automatic)
                || automatic.transfer() == null) {
            return;
        }
        AgentBehavior.Automatic.Transfer transfer = automatic.transfer();
        String contactId = contact.contactId();
        scheduler.schedule(transfer.after(), () -> agent + " transfers " + contactId + " to " + transfer.quickConnect(),
                () -> act(() -> agent + ": addConnection " + transfer.quickConnect() + " to " + contactId,
                        () -> service.addConnection(agent, contactId, instance.quickConnect(transfer.quickConnect())
                                .endpoint()),
                        () -> leave(agent, contact)));
    }

    private void leave(String agent, Contact contact) {
        Connection own = contact.agentConnection().orElse(null);
        if (own == null) {
            return;
        }
        act(() -> agent + ": hang up " + contact.contactId(),
                () -> service.destroy(agent, contact.contactId(), own.connectionId()), () -> { });
    }

    private void act(Supplier<String> description, Supplier<CtiResult> action, Runnable onSuccess) {
        scheduler.schedule(timings.ctiLatency(), description, () -> {
            if (action.get().isOk()) {
                onSuccess.run();
            }
        });
    }
}
