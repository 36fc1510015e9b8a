package dev.connectsim.sim;

import dev.connectsim.agent.AgentSnapshot;
import dev.connectsim.agent.CtiService;
import dev.connectsim.contact.Assignment;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.cti.CtiOperation;
import dev.connectsim.cti.CtiResult;
import dev.connectsim.routing.AgentSeat;
import dev.connectsim.routing.AgentStatus;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.Queue;
import dev.connectsim.routing.QuickConnect;
import dev.connectsim.routing.Router;
import dev.connectsim.telephony.CallControl;
import dev.connectsim.telephony.Dialer;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The simulated service behind every CCP: routing, call control and dialling in one process. Each
 * agent action first asks {@link CtiFaults} whether a test planned it to fail; a planned failure is
 * returned instead and the action changes nothing.
 */
final class SimulatedCti implements CtiService {

    private final Router router;
    private final CallControl callControl;
    private final Dialer dialer;
    private final CtiFaults faults;

    SimulatedCti(Router router, CallControl callControl, Dialer dialer, CtiFaults faults) {
        this.router = router;
        this.callControl = callControl;
        this.dialer = dialer;
        this.faults = faults;
    }

    @Override
    public AgentSnapshot snapshot(String agent) {
        AgentSeat seat = router.seat(agent);
        return new AgentSnapshot(seat.shownStatus(), seat.nextStatus(),
                seat.assignments().stream().filter(a -> !a.isCleared()).map(Assignment::snapshot).toList());
    }

    @Override
    public CtiResult accept(String agent, String contactId) {
        return unlessFaulted(agent, CtiOperation.ACCEPT, () -> router.accept(agent, contactId));
    }

    @Override
    public CtiResult reject(String agent, String contactId) {
        return unlessFaulted(agent, CtiOperation.REJECT, () -> router.reject(agent, contactId));
    }

    @Override
    public CtiResult clear(String agent, String contactId) {
        return unlessFaulted(agent, CtiOperation.CLEAR, () -> router.clear(agent, contactId));
    }

    @Override
    public CtiResult hold(String agent, String contactId, String connectionId) {
        return unlessFaulted(agent, CtiOperation.HOLD, () -> callControl.hold(agent, contactId, connectionId));
    }

    @Override
    public CtiResult resume(String agent, String contactId, String connectionId) {
        return unlessFaulted(agent, CtiOperation.RESUME, () -> callControl.resume(agent, contactId, connectionId));
    }

    @Override
    public CtiResult destroy(String agent, String contactId, String connectionId) {
        return unlessFaulted(agent, CtiOperation.DESTROY, () -> callControl.destroy(agent, contactId, connectionId));
    }

    @Override
    public CtiResult conference(String agent, String contactId) {
        return unlessFaulted(agent, CtiOperation.CONFERENCE, () -> callControl.conference(agent, contactId));
    }

    @Override
    public CtiResult toggle(String agent, String contactId, String connectionId) {
        return unlessFaulted(agent, CtiOperation.TOGGLE, () -> callControl.toggle(agent, contactId, connectionId));
    }

    @Override
    public CtiResult addConnection(String agent, String contactId, Endpoint endpoint) {
        return unlessFaulted(agent, CtiOperation.ADD_CONNECTION,
                () -> dialer.addConnection(agent, contactId, endpoint));
    }

    @Override
    public CtiResult setState(String agent, AgentStatus status, boolean enqueueNextState) {
        return unlessFaulted(agent, CtiOperation.SET_STATE, () -> router.setState(agent, status, enqueueNextState));
    }

    @Override
    public List<Endpoint> endpoints(String agent, List<String> queueArns) {
        Instance instance = router.instance();
        List<String> queueNames = queueArns.stream().map(instance::queueByArn)
                .filter(Objects::nonNull).map(Queue::name).toList();
        return instance.quickConnectsFor(queueNames).stream().map(QuickConnect::endpoint).toList();
    }

    @Override
    public List<String> routingProfileQueueArns(String agent) {
        Instance instance = router.instance();
        return instance.routingProfile(router.seat(agent).profile().routingProfile()).queueNames().stream()
                .map(q -> instance.queue(q).arn()).toList();
    }

    private CtiResult unlessFaulted(String agent, CtiOperation operation, Supplier<CtiResult> action) {
        return faults.take(agent, operation).orElseGet(action);
    }
}
