package dev.connectsim.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectsim.agent.AgentSnapshot;
import dev.connectsim.agent.CtiService;
import dev.connectsim.contact.Connection;
import dev.connectsim.contact.Party;
import dev.connectsim.routing.AgentStatus;
import dev.connectsim.sim.Simulation;
import dev.connectsim.text.NearestName;
import dev.connectsim.time.ScheduledEvent;
import dev.connectsim.time.Scheduler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An agent page in a {@link NodeHost}, bridged to a {@link Simulation}: the page's long poll, its API requests, its
 * timers and what it logs, all on the simulation's scheduler.
 *
 * <p>Design note: every exchange with the page is one request and its answer at the current virtual instant; the
 * answer carries the page's API requests (each runs as a CTI operation after the CTI latency and is answered then),
 * its log lines and problems, and when its next timer is due, which becomes the page's one wake-up event on the
 * scheduler. Messages for the page that fall due at one instant (snapshots, API responses) go in one request, in the
 * {@link ResponseOrder} the scenario set. Nothing in the page moves time.
 */
final class StreamsPage implements AgentPage, LongPoll.Owner {

    private final NodeHost host;
    private final String id;
    private final String agent;
    private final Simulation sim;
    private final Scheduler scheduler;
    private final CtiService cti;
    private final ResponseOrder order;
    private final LongPoll poll;
    private final List<ObjectNode> snapshots = new ArrayList<>();
    private final List<ObjectNode> responses = new ArrayList<>();
    private final List<PageLog> logs = new ArrayList<>();
    private final List<PageProblem> problems = new ArrayList<>();
    private final List<PageAction> actions = new ArrayList<>();
    private final List<String> scripts = new ArrayList<>();
    private ScheduledEvent flush;
    private ScheduledEvent wake;
    private AgentSnapshot lastSent;
    private ObjectNode lastSentJson;
    private AgentStatus shownState;
    private Instant stateSince;
    private String version;
    private boolean closed;
    private int exchanges;

    StreamsPage(NodeHost host, String id, String agent, Simulation sim, ResponseOrder order) {
        this.host = host;
        this.id = id;
        this.agent = agent;
        this.sim = sim;
        this.scheduler = sim.scheduler();
        this.cti = sim.cti();
        this.order = order;
        this.poll = new LongPoll(scheduler, agent + "'s CCP page", this);
    }

    /** Opens the page with {@code bundle} and starts its long poll; fails with one line when the bundle is not Streams. */
    void open(StreamsBundle bundle, long seed) {
        ObjectNode request = request("open");
        request.put("seed", seed);
        request.put("bundle", bundle.file().toString());
        request.put("bundleName", bundle.shown());
        JsonNode reply = host.request(request);
        if (reply.has("openError")) {
            throw new CcpPageException(bundle.origin() + ": " + reply.get("openError").asText());
        }
        version = reply.path("version").asText();
        handle(reply);
        scheduler.addAfterListener(event -> {
            if (!closed) {
                poll.check();
            }
        });
        poll.start();
    }

    @Override
    public String agent() {
        return agent;
    }

    @Override
    public String streamsVersion() {
        return version;
    }

    @Override
    public void load(Path file, String shown) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CcpPageException(shown + ": cannot read the script " + agent + "'s CCP should run ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        ObjectNode request = request("load");
        request.put("name", shown);
        request.put("source", source);
        JsonNode reply = host.request(request);
        if (reply.has("loadError")) {
            throw new CcpPageException(reply.get("loadError").asText());
        }
        scripts.add(shown);
        handle(reply);
    }

    @Override
    public void call(String function, List<Object> args) {
        ObjectNode request = request("call");
        request.put("function", function);
        request.set("args", NodeHost.tree(args));
        JsonNode reply = host.request(request);
        if (reply.has("noFunction")) {
            List<String> defined = new ArrayList<>();
            reply.get("noFunction").forEach(n -> defined.add(n.asText()));
            throw new CcpPageException(agent + "'s CCP defines no function " + function + " ("
                    + (scripts.isEmpty() ? "it runs no script" : "scripts: " + String.join(", ", scripts)) + ")"
                    + NearestName.hint(defined, function)
                    + (defined.isEmpty() ? "" : "; it defines: " + String.join(", ", defined)));
        }
        handle(reply);
    }

    @Override
    public String read(String expression) {
        ObjectNode request = request("read");
        request.put("expression", expression);
        JsonNode reply = host.request(request);
        handle(reply);
        return reply.path("value").toString();
    }

    @Override
    public int exchanges() {
        return exchanges;
    }

    @Override
    public List<PageLog> logs() {
        return List.copyOf(logs);
    }

    @Override
    public List<PageAction> actions() {
        return List.copyOf(actions);
    }

    @Override
    public List<PageProblem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        poll.stop();
        scheduler.cancel(flush);
        scheduler.cancel(wake);
        if (host.isAlive()) {
            host.request(request("close"));
        }
    }

    // ---- the long poll ---------------------------------------------------------------------------------------

    @Override
    public boolean changed() {
        return !cti.snapshot(agent).equals(lastSent);
    }

    @Override
    public void answer() {
        AgentSnapshot snapshot = cti.snapshot(agent);
        if (!snapshot.state().equals(shownState)) {
            shownState = snapshot.state();
            stateSince = scheduler.now();
        }
        lastSent = snapshot;
        lastSentJson = SnapshotJson.update(snapshot, stateSince, scheduler.now(), sim.instance().agent(agent),
                sim.instance(), cti.routingProfileQueueArns(agent));
        resend();
    }

    @Override
    public void resend() {
        ObjectNode message = NodeHost.object();
        message.put("event", "agent::update");
        message.set("data", lastSentJson);
        snapshots.add(message);
        flushSoon();
    }

    // ---- API requests ----------------------------------------------------------------------------------------

    private void apiRequest(JsonNode request) {
        String method = request.path("method").asText();
        String requestId = request.path("requestId").asText();
        JsonNode params = request.path("params");
        scheduler.schedule(sim.timings().ctiLatency(), agent + "'s CCP page: " + method + describe(params), () -> {
            if (closed) {
                return;
            }
            ClientCalls.Answer answer = ClientCalls.run(cti, sim.instance(), agent, method, params);
            actions.add(new PageAction(scheduler.now(), method, answer.outcome()
                    + (answer.errorType() == null ? "" : callState(params.path("contactId").asText(null)))));
            if (!answer.modelled()) {
                problems.add(new PageProblem(scheduler.now(), "not-modelled", agent + "'s CCP called the client"
                        + " method " + method + ", which connect-sim does not model (it answered with an error)", ""));
            }
            ObjectNode data = NodeHost.object();
            data.put("event", "api_response");
            data.put("requestId", requestId);
            data.set("data", answer.data());
            if (answer.err() != null) {
                data.put("err", answer.err());
            }
            ObjectNode message = NodeHost.object();
            message.put("event", "api_response");
            message.set("data", data);
            responses.add(message);
            flushSoon();
        });
    }

    /** " (the call: customer +15550100 hold, agent connected, third party +15550199 connecting)", or "". */
    private String callState(String contactId) {
        if (contactId == null || sim.contacts().stream().noneMatch(c -> c.contactId().equals(contactId))) {
            return "";
        }
        List<String> parties = new ArrayList<>();
        for (Connection connection : sim.contact(contactId).connections()) {
            String number = connection.party() == Party.AGENT ? null : connection.endpoint().phoneNumber();
            parties.add(connection.party().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (number == null ? "" : " " + number) + " " + connection.state().value());
        }
        return " (the call: " + String.join(", ", parties) + ")";
    }

    private static String describe(JsonNode params) {
        List<String> parts = new ArrayList<>();
        params.fields().forEachRemaining(field -> {
            if (!field.getValue().isContainerNode()) {
                parts.add(field.getKey() + "=" + field.getValue().asText());
            } else if (field.getKey().equals("endpoint")) {
                parts.add("endpoint=" + field.getValue().path("phoneNumber").asText(field.getValue().path("name")
                        .asText()));
            }
        });
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    // ---- exchanges -------------------------------------------------------------------------------------------

    private void flushSoon() {
        if (flush == null || flush.isDone()) {
            flush = scheduler.schedule(Duration.ZERO, "snapshot for " + agent + "'s CCP page (delivery)",
                    this::flush);
        }
    }

    private void flush() {
        if (closed || (snapshots.isEmpty() && responses.isEmpty())) {
            return;
        }
        ObjectNode request = request("deliver");
        ArrayNode messages = request.putArray("messages");
        List<ObjectNode> first = order == ResponseOrder.RESPONSE_FIRST ? responses : snapshots;
        List<ObjectNode> second = order == ResponseOrder.RESPONSE_FIRST ? snapshots : responses;
        messages.addAll(first);
        messages.addAll(second);
        snapshots.clear();
        responses.clear();
        handle(host.request(request));
    }

    private void timers() {
        if (!closed) {
            handle(host.request(request("advance")));
        }
    }

    private ObjectNode request(String op) {
        ObjectNode request = NodeHost.object();
        request.put("op", op);
        request.put("page", id);
        request.put("now", scheduler.now().toEpochMilli());
        return request;
    }

    private void handle(JsonNode reply) {
        exchanges++;
        reply.path("logs").forEach(line -> logs.add(new PageLog(Instant.ofEpochMilli(line.path("at").asLong()),
                line.path("level").asText(), line.path("text").asText())));
        reply.path("problems").forEach(p -> problems.add(new PageProblem(scheduler.now(), p.path("kind").asText(),
                p.path("text").asText(), p.path("stack").asText())));
        reply.path("upstream").forEach(this::apiRequest);
        scheduler.cancel(wake);
        JsonNode next = reply.path("next");
        if (next.isNumber() && !closed) {
            Instant due = Instant.ofEpochMilli(next.asLong());
            wake = scheduler.scheduleAt(due.isBefore(scheduler.now()) ? scheduler.now() : due,
                    "snapshot for " + agent + "'s CCP page (timers)", this::timers);
        }
    }
}
