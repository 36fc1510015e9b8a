package dev.connectsim.streams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectsim.agent.AgentSnapshot;
import dev.connectsim.contact.ConnectionSnapshot;
import dev.connectsim.contact.ContactSnapshot;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.routing.AgentProfile;
import dev.connectsim.routing.AgentStatus;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.Queue;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The data of one {@code agent::update} as the CCP's shared worker sends it down to a page: {@code {snapshot,
 * configuration}} in the shape of GetAgentSnapshot and the agent configuration, with the worker's aliases ({@code
 * status}, {@code address}, {@code queueId}, {@code routingProfileId}), {@code localTimestamp} and {@code skew}.
 * Timestamps are ISO strings here; the page host turns every {@code ...timestamp} field into a {@code Date}, as the
 * CCP's AWS client does.
 *
 * <p>Design note: the simulator has no softphone, so {@code softphoneMediaInfo} is null (a desk phone, as far as
 * Streams can tell); attributes take the service's {@code {name, value}} form; the agent's state starts when the
 * simulator first showed it ({@code stateSince}).
 */
final class SnapshotJson {

    private SnapshotJson() {
    }

    static ObjectNode update(AgentSnapshot snapshot, Instant stateSince, Instant now, AgentProfile agent,
            Instance instance, List<String> queueArns) {
        ObjectNode data = NodeHost.object();
        data.set("snapshot", snapshot(snapshot, stateSince, now));
        data.set("configuration", configuration(agent, instance, queueArns));
        return data;
    }

    private static ObjectNode snapshot(AgentSnapshot agent, Instant stateSince, Instant now) {
        ObjectNode snapshot = NodeHost.object();
        ObjectNode state = status(agent.state(), stateSince);
        snapshot.set("state", state);
        snapshot.set("status", state.deepCopy());
        snapshot.set("nextState", agent.nextState() == null ? null : status(agent.nextState(), now));
        ObjectNode availability = snapshot.putObject("agentAvailabilityState");
        availability.put("state", agent.state().name());
        availability.put("timeStamp", stateSince.toString());
        ArrayNode contacts = snapshot.putArray("contacts");
        agent.contacts().forEach(c -> contacts.add(contact(c)));
        snapshot.put("snapshotTimestamp", now.toString());
        snapshot.put("localTimestamp", now.toEpochMilli());
        snapshot.put("skew", 0);
        return snapshot;
    }

    private static ObjectNode status(AgentStatus status, Instant since) {
        ObjectNode state = NodeHost.object();
        state.putNull("agentStateARN");
        state.put("name", status.name());
        state.put("type", status.type().value());
        state.put("startTimestamp", since.toString());
        return state;
    }

    private static ObjectNode contact(ContactSnapshot contact) {
        ObjectNode json = NodeHost.object();
        json.put("contactId", contact.contactId());
        json.put("initialContactId", contact.initialContactId() == null ? contact.contactId()
                : contact.initialContactId());
        json.put("previousContactId", contact.previousContactId());
        json.put("type", contact.type().value());
        json.put("initiationMethod", contact.initiationMethod().name().toLowerCase(Locale.ROOT));
        ObjectNode state = state(contact.state().value(), contact.stateTimestamp());
        json.set("state", state);
        json.set("status", state.deepCopy());
        if (contact.queue() != null) {
            ObjectNode queue = json.putObject("queue");
            queue.put("name", contact.queue().name());
            queue.put("queueARN", contact.queue().queueArn());
            queue.put("queueId", contact.queue().queueArn());
            json.put("queueTimestamp", contact.stateTimestamp().toString());
        }
        ObjectNode attributes = json.putObject("attributes");
        contact.attributes().forEach((name, value) -> {
            ObjectNode attribute = attributes.putObject(name);
            attribute.put("name", name);
            attribute.put("value", value);
        });
        ArrayNode connections = json.putArray("connections");
        contact.connections().forEach(c -> connections.add(connection(c)));
        json.put("contactDuration", "0");
        ObjectNode features = json.putObject("contactFeatures");
        features.putNull("attachmentsEnabled");
        features.putNull("messagingMarkdownEnabled");
        features.put("multiPartyConferenceEnabled", false);
        json.putNull("name");
        json.putNull("description");
        json.putNull("references");
        json.putNull("channelContext");
        return json;
    }

    private static ObjectNode connection(ConnectionSnapshot connection) {
        ObjectNode json = NodeHost.object();
        json.put("connectionId", connection.connectionId());
        json.put("type", connection.type().value());
        json.put("initial", connection.initial());
        ObjectNode endpoint = endpoint(connection.endpoint(), connection.type().value().equals("agent"));
        json.set("endpoint", endpoint);
        json.set("address", endpoint.deepCopy());
        ObjectNode state = state(connection.state().value(), connection.stateTimestamp());
        json.set("state", state);
        json.set("status", state.deepCopy());
        json.putNull("softphoneMediaInfo");
        json.putNull("chatMediaInfo");
        json.putNull("monitoringInfo");
        json.put("mute", false);
        json.put("forcedMute", false);
        json.putNull("quickConnectName");
        return json;
    }

    private static ObjectNode endpoint(Endpoint endpoint, boolean agent) {
        ObjectNode json = NodeHost.object();
        json.put("endpointARN", endpoint == null ? null : endpoint.endpointArn());
        json.put("type", agent || endpoint == null ? "agent" : endpoint.type().value());
        json.put("name", agent || endpoint == null ? null : endpoint.name());
        json.put("phoneNumber", agent || endpoint == null ? null : endpoint.phoneNumber());
        json.putNull("agentLogin");
        json.putNull("queue");
        return json;
    }

    private static ObjectNode state(String type, Instant timestamp) {
        ObjectNode state = NodeHost.object();
        state.put("type", type);
        state.put("timestamp", timestamp.toString());
        return state;
    }

    private static ObjectNode configuration(AgentProfile agent, Instance instance, List<String> queueArns) {
        ObjectNode json = NodeHost.object();
        json.put("name", (agent.firstName() + " " + agent.lastName()).strip());
        json.put("username", agent.username());
        json.put("agentARN", agent.arn());
        json.put("softphoneEnabled", false);
        json.put("softphoneAutoAccept", false);
        json.putNull("extension");
        ObjectNode profile = json.putObject("routingProfile");
        profile.put("name", agent.routingProfile());
        String profileArn = instance.arnOf("routing-profile", Instance.nameBasedId("routing-profile",
                agent.routingProfile()));
        profile.put("routingProfileARN", profileArn);
        profile.put("routingProfileId", profileArn);
        ArrayNode queues = profile.putArray("queues");
        for (String arn : queueArns) {
            Queue queue = instance.queueByArn(arn);
            ObjectNode entry = queues.addObject();
            entry.put("queueARN", arn);
            entry.put("queueId", arn);
            entry.put("name", queue == null ? null : queue.name());
        }
        profile.set("defaultOutboundQueue", queues.isEmpty() ? null : queues.get(0).deepCopy());
        profile.putObject("channelConcurrencyMap").put("VOICE", 1);
        ArrayNode states = json.putArray("agentStates");
        for (AgentStatus status : List.of(AgentStatus.AVAILABLE, AgentStatus.OFFLINE)) {
            ObjectNode entry = states.addObject();
            entry.putNull("agentStateARN");
            entry.put("type", status.type().value());
            entry.put("name", status.name());
        }
        json.putArray("permissions").add("outboundCall").add("voiceId");
        json.putArray("dialableCountries").add("us");
        json.putObject("agentPreferences");
        return json;
    }
}
