package dev.connectsim.harness;

import dev.connectsim.contact.Connection;
import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.Contact;
import dev.connectsim.contact.Party;
import dev.connectsim.harness.CallLanes.Bar;
import dev.connectsim.harness.CallLanes.BarState;
import dev.connectsim.harness.CallLanes.Kind;
import dev.connectsim.harness.CallLanes.Mark;
import dev.connectsim.harness.CallLanes.Tone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches a scenario's call party by party for its picture ({@link CallLanes}): before each event of the
 * simulation it looks at every connection of every contact and notes each change of state at the instant the
 * connection says it moved ({@code stateTimestamp}), so the engine needs no history of its own; and it keeps what
 * the agents did ({@code "alice: hold <connection>"}) and what else the service did, to be sorted onto lanes once
 * every connection is known. {@link CallLanesBuilder} adds the flows, Lambda and Salesforce.
 */
final class CallRecorder {

    private static final Pattern AGENT_ACTION = Pattern.compile("^(\\S+): (\\w+)(?: (.*))?$");
    private static final Pattern AGENT_ACCEPTS = Pattern.compile("^(\\S+) (accepts|rejects) (\\S+)$");

    /** A connection as last seen. */
    private record Seen(String lane, String leg, ConnectionState state, Instant since) {
    }

    /** What an agent asked for, resolved to a lane only when the picture is drawn. */
    record Action(Instant at, String agent, String operation, String argument) {
    }

    /** A service event that is no agent's action. */
    record ServiceEvent(Instant at, String text) {
    }

    private final Predicate<String> isAgent;
    private final Map<String, Seen> connections = new LinkedHashMap<>();
    private final Map<String, Kind> lanes = new LinkedHashMap<>();
    private final Map<String, String> customerLaneOfContact = new LinkedHashMap<>();
    private final Map<String, String> laneOfConnection = new LinkedHashMap<>();
    private final List<Bar> bars = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<ServiceEvent> serviceEvents = new ArrayList<>();

    CallRecorder(Predicate<String> isAgent) {
        this.isAgent = isAgent;
    }

    /** A service event is about to run at {@code at}: the connections as they are now, then the event itself. */
    void before(Instant at, String description, Collection<Contact> contacts, Instant lastMoment) {
        look(contacts, lastMoment);
        Matcher action = AGENT_ACTION.matcher(description);
        Matcher accepts = AGENT_ACCEPTS.matcher(description);
        if (action.matches() && isAgent.test(action.group(1))) {
            actions.add(new Action(at, action.group(1), action.group(2), action.group(3) == null ? "" : action.group(3)));
        } else if (accepts.matches() && isAgent.test(accepts.group(1))) {
            actions.add(new Action(at, accepts.group(1), accepts.group(2).replaceFirst("s$", ""), accepts.group(3)));
        } else {
            serviceEvents.add(new ServiceEvent(at, description));
        }
    }

    /**
     * Notes every connection's change since the last look. A connection no longer on its contact ended at
     * {@code lastMoment} at the latest.
     */
    void look(Collection<Contact> contacts, Instant lastMoment) {
        Set<String> present = new HashSet<>();
        for (Contact contact : contacts) {
            for (Connection connection : contact.connections()) {
                present.add(connection.connectionId());
                note(contact, connection);
            }
        }
        for (Map.Entry<String, Seen> entry : connections.entrySet()) {
            Seen seen = entry.getValue();
            if (!present.contains(entry.getKey()) && seen.state != ConnectionState.DISCONNECTED) {
                end(entry.getKey(), seen, ConnectionState.DISCONNECTED, lastMoment);
            }
        }
    }

    private void note(Contact contact, Connection connection) {
        ConnectionState state = connection.state();
        Seen seen = connections.get(connection.connectionId());
        if (seen == null) {
            if (state == ConnectionState.INIT) {
                return;
            }
            String lane = laneOf(contact, connection);
            laneOfConnection.put(connection.connectionId(), lane);
            if (connection.party() == Party.CUSTOMER) {
                customerLaneOfContact.putIfAbsent(contact.contactId(), lane);
            }
            Seen first = new Seen(lane, contact.contactId(), state, connection.stateTimestamp());
            connections.put(connection.connectionId(), first);
            markState(first);
        } else if (seen.state != state) {
            end(connection.connectionId(), seen, state, connection.stateTimestamp());
        }
    }

    private void end(String connectionId, Seen seen, ConnectionState state, Instant at) {
        Instant from = seen.since.isAfter(at) ? at : seen.since;
        barState(seen.state).ifPresent(s -> bars.add(new Bar(seen.lane, seen.leg, s, from, at)));
        if (state == ConnectionState.DISCONNECTED) {
            bars.add(new Bar(seen.lane, seen.leg, BarState.DISCONNECTED, at, at));
        }
        Seen next = new Seen(seen.lane, seen.leg, state, at);
        connections.put(connectionId, next);
        markState(next);
    }

    private void markState(Seen seen) {
        barState(seen.state).ifPresent(s -> marks.add(new Mark(seen.lane, seen.since, s.words(), Tone.PLAIN)));
    }

    /** The bars still open at {@code end}, closed there. */
    List<Bar> bars(Instant end) {
        List<Bar> all = new ArrayList<>(bars);
        for (Seen seen : connections.values()) {
            if (seen.state != ConnectionState.DISCONNECTED) {
                barState(seen.state).ifPresent(s -> all.add(new Bar(seen.lane, seen.leg, s, seen.since, end)));
            }
        }
        return all;
    }

    List<Mark> marks() {
        return marks;
    }

    List<Action> actions() {
        return actions;
    }

    List<ServiceEvent> serviceEvents() {
        return serviceEvents;
    }

    /** Every party lane, in the order first seen. */
    Map<String, Kind> lanes() {
        return lanes;
    }

    /** The lane of a connection, by its id. */
    String laneOfConnection(String connectionId) {
        return laneOfConnection.get(connectionId);
    }

    /** The customer's lane of a contact, by its id. */
    String customerLaneOf(String contactId) {
        return customerLaneOfContact.get(contactId);
    }

    private String laneOf(Contact contact, Connection connection) {
        String lane;
        Kind kind;
        switch (connection.party()) {
            case CUSTOMER -> {
                lane = "customer " + (contact.customerEndpoint() == null ? "" : contact.customerEndpoint()).strip();
                kind = Kind.CUSTOMER;
            }
            case AGENT -> {
                lane = contact.agentUsername() != null ? contact.agentUsername() : connection.endpoint().name();
                kind = Kind.AGENT;
            }
            default -> {
                lane = connection.endpoint().name();
                kind = isAgent.test(lane) ? Kind.AGENT : Kind.THIRD_PARTY;
            }
        }
        lanes.putIfAbsent(lane.strip(), kind);
        return lane.strip();
    }

    private static Optional<BarState> barState(ConnectionState state) {
        return switch (state) {
            case CONNECTING -> Optional.of(BarState.CONNECTING);
            case CONNECTED, SILENT_MONITOR, BARGE -> Optional.of(BarState.CONNECTED);
            case HOLD -> Optional.of(BarState.HOLD);
            case DISCONNECTED -> Optional.of(BarState.DISCONNECTED);
            case INIT -> Optional.empty();
        };
    }
}
