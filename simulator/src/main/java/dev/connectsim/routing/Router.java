package dev.connectsim.routing;

import dev.connectsim.contact.Assignment;
import dev.connectsim.contact.Connection;
import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.ConnectionType;
import dev.connectsim.contact.Contact;
import dev.connectsim.contact.ContactState;
import dev.connectsim.contact.Party;
import dev.connectsim.cti.CtiResult;
import dev.connectsim.time.ScheduledEvent;
import dev.connectsim.time.Scheduler;
import dev.connectsim.time.SimRandom;
import dev.connectsim.time.Timings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Routing of the simulated instance: queues and agent queues of waiting contacts, agents' seats,
 * and offering a waiting contact to an available agent, who accepts, rejects or misses it.
 *
 * <p>Design note: {@link #dispatch()} runs after every change that could free an agent or add a
 * contact; it offers each routable agent without an active contact, in the order the instance
 * defines them, the oldest contact of their agent queue, else of their routing profile's queues
 * in priority order. A line is ordered by the contacts' queue priority, then by how long they count as having
 * waited (UpdateContactRoutingBehavior changes either). A missed or rejected contact goes back to the front of
 * where it waited, and
 * the agent goes to the MissedCallAgent error state until they set a status again. So that a
 * dispatch costs the same with 10 agents or 10,000, the router keeps, for every line (a queue or an
 * agent queue), the free seats that serve it ({@link FreeSeats}), updated whenever a seat changes;
 * a dispatch looks only at lines where someone waits. An automatic agent
 * ({@link AgentBehavior.Automatic}) accepts, and clears its after-contact work, here.
 */
public final class Router {

    private final Instance instance;
    private final Scheduler scheduler;
    private final Timings timings;
    private final SimRandom random;
    private final Map<String, AgentSeat> seats = new LinkedHashMap<>();
    private final Map<String, Deque<Contact>> waiting = new LinkedHashMap<>();
    private final Map<String, String> waitingIn = new HashMap<>();
    private final Map<String, String> home = new HashMap<>();
    private final Map<Assignment, ScheduledEvent> offerTimeouts = new HashMap<>();
    private final List<RoutingListener> listeners = new ArrayList<>();
    private final FreeSeats free;

    public Router(Instance instance, Scheduler scheduler, Timings timings, SimRandom random) {
        this.instance = instance;
        this.scheduler = scheduler;
        this.timings = timings;
        this.random = random;
        List<AgentSeat> ordered = new ArrayList<>();
        for (AgentProfile agent : instance.agents()) {
            AgentSeat seat = new AgentSeat(agent, AgentStatus.AVAILABLE, ordered.size(), linesOf(agent));
            seats.put(agent.username(), seat);
            ordered.add(seat);
        }
        this.free = new FreeSeats(ordered);
    }

    public Instance instance() {
        return instance;
    }

    public void addListener(RoutingListener listener) {
        listeners.add(listener);
    }

    /** The seat of {@code username}; fails naming the known agents otherwise. */
    public AgentSeat seat(String username) {
        AgentSeat seat = seats.get(username);
        if (seat == null) {
            instance.agent(username);
        }
        return seat;
    }

    /** Puts {@code contact} in {@code queueName} and offers it if an agent is free. */
    public void enqueue(Contact contact, String queueName) {
        contact.enqueue(instance.queue(queueName).info(), scheduler.now());
        wait(contact, queueLine(queueName), false);
        dispatch();
    }

    /** Puts {@code contact} in the agent queue of {@code username}, as a transfer to an agent does. */
    public void enqueueForAgent(Contact contact, String username) {
        AgentProfile agent = instance.agent(username);
        contact.enqueue(agent.agentQueue(), scheduler.now());
        wait(contact, agentLine(username), false);
        dispatch();
    }

    /** Whether any agent who takes {@code queueName} is logged in and not offline. */
    public boolean isStaffed(String queueName) {
        return agentsOnline(queueName) > 0;
    }

    /** Whether {@code username} could be offered a contact now: routable and on no other contact. */
    public boolean canTakeContact(String username) {
        AgentSeat seat = seat(username);
        return seat.isRoutable() && !seat.hasActiveContact();
    }

    /** Whether {@code username} is logged in with any status but Offline. */
    public boolean isOnline(String username) {
        return seat(username).shownStatus().type() != AgentStateType.OFFLINE;
    }

    /** How many contacts wait in {@code queueName} now. */
    public int waitingIn(String queueName) {
        Deque<Contact> line = waiting.get(queueLine(queueName));
        return line == null ? 0 : line.size();
    }

    /** How many contacts wait in {@code username}'s agent queue now. */
    public int waitingForAgent(String username) {
        Deque<Contact> line = waiting.get(agentLine(username));
        return line == null ? 0 : line.size();
    }

    /** How long the contact that has waited longest in {@code queueName} has waited; zero when none waits. */
    public Duration oldestWaitIn(String queueName) {
        Deque<Contact> line = waiting.get(queueLine(queueName));
        return line == null ? Duration.ZERO : line.stream().map(Contact::enqueueTimestamp)
                .filter(Objects::nonNull).min(Instant::compareTo)
                .map(at -> Duration.between(at, scheduler.now())).orElse(Duration.ZERO);
    }

    /**
     * Agents of {@code queueName} (their routing profile takes it) by how Connect's real-time metrics count them:
     * online (logged in, any status but Offline), staffed (online and Available, on a contact or in after-contact
     * work) and available (routable with no contact).
     */
    public long agentsOnline(String queueName) {
        return seatsFor(queueName).filter(s -> s.shownStatus().type() != AgentStateType.OFFLINE).count();
    }

    /** See {@link #agentsOnline}. */
    public long agentsStaffed(String queueName) {
        return seatsFor(queueName).filter(s -> s.hasActiveContact() || s.isRoutable()
                || s.shownStatus().type() == AgentStateType.SYSTEM).count();
    }

    /** See {@link #agentsOnline}. */
    public long agentsAvailable(String queueName) {
        return seatsFor(queueName).filter(s -> s.isRoutable() && !s.hasActiveContact()).count();
    }

    private Stream<AgentSeat> seatsFor(String queueName) {
        return seats.values().stream().filter(s -> instance.routingProfile(s.profile().routingProfile()).queueNames()
                .contains(queueName));
    }

    /** Whether {@code contact} is waiting in a queue or an agent queue. */
    public boolean isWaiting(Contact contact) {
        return waitingIn.containsKey(contact.contactId());
    }

    /**
     * Takes {@code contact} out of routing because the caller left: out of its queue, or, while it
     * is being offered, missed (Streams' onMissed covers a caller hanging up before the agent accepts).
     */
    public void withdraw(Contact contact) {
        String key = waitingIn.remove(contact.contactId());
        if (key != null) {
            Deque<Contact> line = waiting.get(key);
            line.remove(contact);
            if (line.isEmpty()) {
                free.lineEmptied(key);
            }
        }
        Assignment assignment = contact.assignment();
        if (assignment != null && assignment.state() == ContactState.CONNECTING) {
            cancelTimeout(assignment);
            leaveOffer(contact, assignment, ContactState.MISSED);
            AgentSeat seat = seat(assignment.agentUsername());
            free.update(seat);
            afterwards(seat, assignment);
        }
    }

    /** The agent accepts an offered contact. */
    public CtiResult accept(String username, String contactId) {
        Assignment assignment = activeAssignment(username, contactId);
        if (assignment == null || assignment.state() != ContactState.CONNECTING) {
            return CtiResult.invalidState("Cannot accept contact: Invalid contact state.");
        }
        cancelTimeout(assignment);
        Contact contact = assignment.contact();
        contact.agentConnection().ifPresent(c -> contact.moveConnection(c, ConnectionState.CONNECTED,
                scheduler.now()));
        assignment.moveTo(ContactState.CONNECTED, scheduler.now());
        listeners.forEach(l -> l.agentConnected(contact));
        return CtiResult.ok();
    }

    /** The agent rejects an offered contact; it goes back to where it waited. */
    public CtiResult reject(String username, String contactId) {
        Assignment assignment = activeAssignment(username, contactId);
        if (assignment == null || assignment.state() != ContactState.CONNECTING) {
            return CtiResult.invalidState("Cannot reject contact: Invalid contact state.");
        }
        declined(assignment, ContactState.REJECTED);
        return CtiResult.ok();
    }

    /** Ends the agent's part in {@code contact}: after-contact work until they clear it. */
    public void endForAgent(Contact contact) {
        Assignment assignment = contact.assignment();
        if (assignment != null && assignment.state().isActive()) {
            assignment.moveTo(ContactState.ENDED, scheduler.now());
            AgentSeat seat = seat(assignment.agentUsername());
            free.update(seat);
            afterwards(seat, assignment);
        }
    }

    /** The agent clears an ended, missed, rejected or failed contact, which leaves their CCP. */
    public CtiResult clear(String username, String contactId) {
        AgentSeat seat = seat(username);
        Assignment assignment = seat.openAssignment(contactId);
        if (assignment == null || assignment.state().isActive()) {
            return CtiResult.invalidState("Cannot clear contact: Invalid contact state.");
        }
        assignment.clear();
        if (assignment.state() == ContactState.ENDED) {
            assignment.contact().afterContactWorkEnded(scheduler.now());
        }
        seat.removeCleared();
        free.update(seat);
        listeners.forEach(l -> l.cleared(assignment.contact()));
        dispatch();
        return CtiResult.ok();
    }

    /**
     * The agent sets a status. While a contact is active this fails, unless {@code enqueueNextState}
     * is set, which applies the status once the contact is cleared.
     */
    public CtiResult setState(String username, AgentStatus status, boolean enqueueNextState) {
        AgentSeat seat = seat(username);
        if (status.type() == AgentStateType.SYSTEM || status.type() == AgentStateType.ERROR) {
            return CtiResult.invalidState("Cannot set agent state " + status + ": only the service sets it.");
        }
        if (seat.hasActiveContact()) {
            if (!enqueueNextState) {
                return CtiResult.invalidState("Cannot set agent state while the agent is on a contact.");
            }
            seat.enqueueNext(status);
            return CtiResult.ok();
        }
        seat.choose(status);
        free.update(seat);
        dispatch();
        return CtiResult.ok();
    }

    /**
     * Offers waiting contacts to every routable agent without an active contact: as one pass over the agents in
     * the instance's order would, but looking only at the free seats of lines where someone waits.
     */
    public void dispatch() {
        AgentSeat seat = free.firstServingAWaitingLine();
        while (seat != null) {
            offer(seat, nextFor(seat));
            seat = free.firstServingAWaitingLine();
        }
    }

    private Contact nextFor(AgentSeat seat) {
        for (String key : seat.lines()) {
            Deque<Contact> line = waiting.get(key);
            if (line != null && !line.isEmpty()) {
                Contact contact = line.poll();
                waitingIn.remove(contact.contactId());
                if (line.isEmpty()) {
                    free.lineEmptied(key);
                }
                return contact;
            }
        }
        throw new IllegalStateException(seat.username() + " was picked for a waiting contact, but none waits for them");
    }

    /** The lines an agent takes contacts from, in the order they are served: their agent queue, then their queues. */
    private List<String> linesOf(AgentProfile agent) {
        List<String> keys = new ArrayList<>();
        keys.add(agentLine(agent.username()));
        instance.routingProfile(agent.routingProfile()).queueNames().forEach(q -> keys.add(queueLine(q)));
        return keys;
    }

    private static String queueLine(String queueName) {
        return "queue:" + queueName;
    }

    private static String agentLine(String username) {
        return "agent:" + username;
    }

    private void offer(AgentSeat seat, Contact contact) {
        Assignment assignment = contact.assign(seat.username(), scheduler.now());
        seat.add(assignment);
        AgentProfile agent = seat.profile();
        Connection agentConnection = new Connection(random.uuid(), ConnectionType.AGENT, Party.AGENT,
                seat.endpoint(), false, scheduler.now());
        contact.addConnection(agentConnection);
        contact.moveConnection(agentConnection, ConnectionState.CONNECTING, scheduler.now());
        assignment.moveTo(ContactState.CONNECTING, scheduler.now());
        free.update(seat);
        offerTimeouts.put(assignment, scheduler.schedule(timings.agentOfferTimeout(),
                () -> "offer of " + contact.contactId() + " to " + seat.username() + " times out",
                () -> declined(assignment, ContactState.MISSED)));
        if (agent.behavior() instanceof AgentBehavior.AcceptsAfter a) {
            scheduler.schedule(a.delay(), () -> seat.username() + " accepts " + contact.contactId(),
                    () -> accept(seat.username(), contact.contactId()));
        } else if (agent.behavior() instanceof AgentBehavior.Automatic a) {
            scheduler.schedule(a.acceptAfter(), () -> seat.username() + " accepts " + contact.contactId(),
                    () -> accept(seat.username(), contact.contactId()));
        } else if (agent.behavior() instanceof AgentBehavior.RejectsAfter r) {
            scheduler.schedule(r.delay(), seat.username() + " rejects " + contact.contactId(),
                    () -> reject(seat.username(), contact.contactId()));
        }
    }

    private void declined(Assignment assignment, ContactState how) {
        if (assignment.state() != ContactState.CONNECTING) {
            return;
        }
        cancelTimeout(assignment);
        Contact contact = assignment.contact();
        leaveOffer(contact, assignment, how);
        AgentSeat seat = seat(assignment.agentUsername());
        seat.failWith(AgentStatus.MISSED_CALL);
        free.update(seat);
        wait(contact, home.get(contact.contactId()), true);
        dispatch();
    }

    /** What an automatic agent does once a contact is over for them: clears it after its after-contact work. */
    private void afterwards(AgentSeat seat, Assignment assignment) {
        if (seat.profile().behavior() instanceof AgentBehavior.Automatic automatic) {
            Duration after = assignment.state() == ContactState.ENDED ? automatic.afterContactWork() : Duration.ZERO;
            scheduler.schedule(after, () -> seat.username() + " clears " + assignment.contactId(),
                    () -> clear(seat.username(), assignment.contactId()));
        }
    }

    /** Forgets what routing kept of a contact whose record is final (a simulation that keeps no history). */
    public void forget(Contact contact) {
        home.remove(contact.contactId());
    }

    /** Ends an offer: the agent connection drops, the agent's view freezes, and the contact is free again. */
    private void leaveOffer(Contact contact, Assignment assignment, ContactState how) {
        Connection agentConnection = contact.agentConnection().orElseThrow();
        contact.moveConnection(agentConnection, ConnectionState.DISCONNECTED, scheduler.now());
        assignment.moveTo(how, scheduler.now());
        contact.removeConnection(agentConnection);
        contact.detachAssignment();
    }

    private void wait(Contact contact, String key, boolean atFront) {
        Deque<Contact> line = waiting.computeIfAbsent(key, k -> new ArrayDeque<>());
        if (atFront) {
            line.addFirst(contact);
        } else {
            joinInOrder(line, contact);
        }
        waitingIn.put(contact.contactId(), key);
        home.put(contact.contactId(), key);
        free.lineFilled(key);
    }

    /**
     * Puts {@code contact} behind every waiting contact routed before it: lower queue priority first, then the
     * earlier {@link Contact#routingAge()}. Contacts whose flows changed neither join at the back, at no cost.
     */
    private static void joinInOrder(Deque<Contact> line, Contact contact) {
        if (line.isEmpty() || !routedBefore(contact, line.peekLast())) {
            line.addLast(contact);
            return;
        }
        Deque<Contact> after = new ArrayDeque<>();
        while (!line.isEmpty() && routedBefore(contact, line.peekLast())) {
            after.addFirst(line.pollLast());
        }
        line.addLast(contact);
        line.addAll(after);
    }

    private static boolean routedBefore(Contact a, Contact b) {
        if (a.queuePriority() != b.queuePriority()) {
            return a.queuePriority() < b.queuePriority();
        }
        Instant ageA = a.routingAge();
        Instant ageB = b.routingAge();
        return ageA != null && ageB != null && ageA.isBefore(ageB);
    }

    private void cancelTimeout(Assignment assignment) {
        scheduler.cancel(offerTimeouts.remove(assignment));
    }

    private Assignment activeAssignment(String username, String contactId) {
        return seat(username).openAssignment(contactId);
    }
}
