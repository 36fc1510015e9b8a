package dev.connectsim.agent;

import dev.connectsim.contact.Endpoint;
import dev.connectsim.cti.CtiResult;
import dev.connectsim.routing.AgentStatus;
import java.util.List;

/**
 * The service a CCP talks to: Streams' CTI operations (AmazonConnectCTIService) and the agent
 * snapshot it polls. Each operation takes effect at once and returns its outcome; the CCP adds the
 * round-trip latency.
 */
public interface CtiService {

    /** The agent snapshot, as {@code getAgentSnapshot} would return it now. */
    AgentSnapshot snapshot(String agent);

    CtiResult accept(String agent, String contactId);

    CtiResult reject(String agent, String contactId);

    CtiResult clear(String agent, String contactId);

    CtiResult hold(String agent, String contactId, String connectionId);

    CtiResult resume(String agent, String contactId, String connectionId);

    CtiResult destroy(String agent, String contactId, String connectionId);

    CtiResult conference(String agent, String contactId);

    CtiResult toggle(String agent, String contactId, String connectionId);

    CtiResult addConnection(String agent, String contactId, Endpoint endpoint);

    CtiResult setState(String agent, AgentStatus status, boolean enqueueNextState);

    /** The quick connects attached to any of {@code queueArns}. */
    List<Endpoint> endpoints(String agent, List<String> queueArns);

    /** The ARNs of the queues in the agent's routing profile. */
    List<String> routingProfileQueueArns(String agent);
}
