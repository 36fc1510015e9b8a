package dev.connectsim.sim;

import dev.connectsim.contact.Contact;
import dev.connectsim.contact.QueueInfo;
import dev.connectsim.flow.run.CallHandling;
import dev.connectsim.flow.run.QueueMetric;
import dev.connectsim.routing.AgentProfile;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.Queue;
import dev.connectsim.routing.Router;
import dev.connectsim.telephony.CallControl;
import dev.connectsim.telephony.Dialer;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What flows ask of the simulated contact center, done by its router, call control and dialer. An agent's
 * queue is told from a queue by its ARN: the agent's ARN.
 */
final class SimulatedCallHandling implements CallHandling {

    private final Instance instance;
    private final Router router;
    private final CallControl callControl;
    private final Dialer dialer;

    SimulatedCallHandling(Instance instance, Router router, CallControl callControl, Dialer dialer) {
        this.instance = instance;
        this.router = router;
        this.callControl = callControl;
        this.dialer = dialer;
    }

    @Override
    public Enqueued enqueue(Contact contact, QueueInfo target) {
        if (router.isWaiting(contact) || contact.assignment() != null && contact.assignment().state().isActive()) {
            return Enqueued.REFUSED;
        }
        Optional<AgentProfile> agent = agentOf(target);
        if (agent.isPresent()) {
            router.enqueueForAgent(contact, agent.get().username());
            return Enqueued.QUEUED;
        }
        Optional<Queue> queue = instance.findQueue(target.queueArn());
        if (queue.isEmpty()) {
            return Enqueued.REFUSED;
        }
        if (queue.get().maxContacts().isPresent()
                && router.waitingIn(queue.get().name()) >= queue.get().maxContacts().getAsInt()) {
            return Enqueued.AT_CAPACITY;
        }
        router.enqueue(contact, queue.get().name());
        return Enqueued.QUEUED;
    }

    @Override
    public boolean transferToAgent(Contact contact, AgentProfile agent) {
        if (!router.canTakeContact(agent.username())) {
            return false;
        }
        router.enqueueForAgent(contact, agent.username());
        return true;
    }

    @Override
    public void disconnect(Contact contact) {
        callControl.disconnectByFlow(contact);
    }

    @Override
    public void dialThirdParty(Contact contact, String number, Duration timeLimit, Consumer<Boolean> outcome) {
        dialer.dialForFlow(contact, number, timeLimit, outcome);
    }

    @Override
    public Optional<String> holdPreviousParties(Contact contact, boolean agentOnHold, boolean customerOnHold) {
        return callControl.holdPreviousParties(contact, agentOnHold, customerOnHold);
    }

    @Override
    public long metric(QueueMetric metric, QueueInfo target) {
        Optional<AgentProfile> agent = agentOf(target);
        if (agent.isPresent()) {
            return agentMetric(metric, agent.get().username());
        }
        String queue = target.name();
        switch (metric) {
            case NumberOfAgentsAvailable:
                return router.agentsAvailable(queue);
            case NumberOfAgentsStaffed:
                return router.agentsStaffed(queue);
            case NumberOfAgentsOnline:
                return router.agentsOnline(queue);
            case NumberOfContactsInQueue:
                return router.waitingIn(queue);
            default:
                return router.oldestWaitIn(queue).toSeconds();
        }
    }

    /** An agent's queue: the agent counts as available, staffed and online as their seat says. */
    private long agentMetric(QueueMetric metric, String username) {
        switch (metric) {
            case NumberOfAgentsAvailable:
                return router.canTakeContact(username) ? 1 : 0;
            case NumberOfAgentsStaffed:
            case NumberOfAgentsOnline:
                return router.isOnline(username) ? 1 : 0;
            case NumberOfContactsInQueue:
                return router.waitingForAgent(username);
            default:
                return 0;
        }
    }

    private Optional<AgentProfile> agentOf(QueueInfo target) {
        return Optional.ofNullable(instance.agentByArn(target.queueArn()));
    }
}
