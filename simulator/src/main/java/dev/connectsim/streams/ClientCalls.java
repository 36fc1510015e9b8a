package dev.connectsim.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectsim.agent.CtiService;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.contact.EndpointType;
import dev.connectsim.cti.CtiResult;
import dev.connectsim.routing.AgentStateType;
import dev.connectsim.routing.AgentStatus;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.QuickConnect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The API requests a page's {@code UpstreamConduitClient} sends ({@code connect.ClientMethods}), as the simulator's
 * CTI operations: each answers as the CCP's worker answers it, {@code data} on success, {@code err} a JSON string of
 * {@code {type, message}} on failure (worker.js handleAPIRequest). A method the simulator does not model answers
 * with an error of type {@code NotModelledBySimulator} and is reported, never answered as if it worked.
 */
final class ClientCalls {

    /** What the simulator answers: {@code errorType} null on success. */
    record Answer(JsonNode data, String errorType, String errorMessage, boolean modelled) {

        static Answer ok(JsonNode data) {
            return new Answer(data, null, null, true);
        }

        /** The {@code err} of the api_response: the JSON string the worker sends, or null on success. */
        String err() {
            if (errorType == null) {
                return null;
            }
            ObjectNode err = NodeHost.object();
            err.put("type", errorType);
            err.put("message", errorMessage);
            return err.toString();
        }

        /** "ok", or "failed: InvalidStateException: Cannot conference connections: Invalid contact state.". */
        String outcome() {
            return errorType == null ? "ok" : "failed: " + errorType + ": " + errorMessage;
        }
    }

    /** Methods that only send telemetry or logs: answered with success and otherwise ignored. */
    private static final Set<String> TELEMETRY = Set.of("sendClientLogs", "sendSoftphoneCallReport",
            "sendSoftphoneCallMetrics", "updateAgentConfiguration");

    private ClientCalls() {
    }

    static Answer run(CtiService cti, Instance instance, String agent, String method, JsonNode params) {
        String contact = params.path("contactId").asText(null);
        String connection = params.path("connectionId").asText(null);
        CtiResult result = switch (method) {
            case "acceptContact" -> cti.accept(agent, contact);
            case "rejectContact" -> cti.reject(agent, contact);
            case "clearContact", "completeContact" -> cti.clear(agent, contact);
            case "holdConnection" -> cti.hold(agent, contact, connection);
            case "resumeConnection" -> cti.resume(agent, contact, connection);
            case "destroyConnection" -> cti.destroy(agent, contact, connection);
            case "conferenceConnections" -> cti.conference(agent, contact);
            case "toggleActiveConnections" -> cti.toggle(agent, contact, connection);
            case "createAdditionalConnection" -> cti.addConnection(agent, contact,
                    endpoint(instance, params.path("endpoint")));
            case "putAgentState" -> cti.setState(agent, status(params.path("state")),
                    params.path("enqueueNextState").asBoolean(false));
            default -> null;
        };
        if (result != null) {
            return answer(result);
        }
        if (method.equals("getEndpoints")) {
            return Answer.ok(endpoints(cti, agent, params));
        }
        if (TELEMETRY.contains(method)) {
            return Answer.ok(NodeHost.object());
        }
        return new Answer(NodeHost.object(), "NotModelledBySimulator", "connect-sim does not model the client method "
                + method, false);
    }

    private static Answer answer(CtiResult result) {
        if (result instanceof CtiResult.Failed failed) {
            return new Answer(NodeHost.object(), failed.error().type().type(), failed.error().message(), true);
        }
        return Answer.ok(NodeHost.object());
    }

    /** Streams' Endpoint object as the simulator's: a quick connect by its ARN, else a number. */
    static Endpoint endpoint(Instance instance, JsonNode json) {
        String arn = json.path("endpointARN").asText(null);
        if (arn != null && !arn.isBlank()) {
            QuickConnect quickConnect = instance.quickConnectByArn(arn);
            if (quickConnect != null) {
                return quickConnect.endpoint();
            }
        }
        String type = json.path("type").asText("phone_number").toUpperCase(Locale.ROOT);
        String number = json.path("phoneNumber").asText(null);
        String name = json.path("name").asText(number == null ? "" : number);
        return new Endpoint(arn, EndpointType.valueOf(type), name.isEmpty() && number != null ? number : name, number);
    }

    private static AgentStatus status(JsonNode state) {
        AgentStateType type = AgentStateType.valueOf(state.path("type").asText("not_routable").toUpperCase(Locale.ROOT));
        return new AgentStatus(type, state.path("name").asText());
    }

    private static JsonNode endpoints(CtiService cti, String agent, JsonNode params) {
        List<String> queueArns = new ArrayList<>();
        params.path("queueARNs").forEach(q -> queueArns.add(q.asText()));
        ObjectNode data = NodeHost.object();
        ArrayNode list = data.putArray("endpoints");
        for (Endpoint endpoint : cti.endpoints(agent, queueArns)) {
            ObjectNode json = list.addObject();
            json.put("endpointARN", endpoint.endpointArn());
            json.put("endpointId", endpoint.endpointId());
            json.put("type", endpoint.type().value());
            json.put("name", endpoint.name());
            json.put("phoneNumber", endpoint.phoneNumber());
            json.putNull("agentLogin");
            json.putNull("queue");
        }
        data.putNull("nextToken");
        return data;
    }
}
