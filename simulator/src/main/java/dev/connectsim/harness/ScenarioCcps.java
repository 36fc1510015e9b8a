package dev.connectsim.harness;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.connectsim.project.Project;
import dev.connectsim.sim.Simulation;
import dev.connectsim.streams.AgentPage;
import dev.connectsim.streams.CcpPageException;
import dev.connectsim.streams.CcpPages;
import dev.connectsim.streams.PageProblem;
import dev.connectsim.streams.ResponseOrder;
import dev.connectsim.streams.StreamsBundle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A scenario's agent pages: which agents' CCPs run which of the team's scripts (paths relative to the project), on
 * which Streams library, and what the pages did. The pages open with the simulation (or at once, when it is running)
 * and close with the scenario; a page's problem fails the step after which it happened, with its JavaScript stack.
 */
public final class ScenarioCcps implements AutoCloseable {

    private final Project project;
    private final Map<String, List<String>> scripts = new LinkedHashMap<>();
    private final Map<String, StreamsBundle> bundles = new LinkedHashMap<>();
    private ResponseOrder order = ResponseOrder.RESPONSE_FIRST;
    private CcpPages pages;
    private final Map<String, Read> reads = new HashMap<>();

    ScenarioCcps(Project project) {
        this.project = project;
    }

    /** {@code agent}'s CCP runs {@code script} (relative to the project); opens or loads at once when running. */
    void runs(String agent, String script, Simulation sim) {
        Path file = project.root().resolve(script);
        if (!Files.isRegularFile(file)) {
            throw new CcpPageException(script + ": no such file in the project " + project.root()
                    + " (the script " + agent + "'s CCP should run)");
        }
        scripts.computeIfAbsent(agent, a -> new ArrayList<>()).add(script);
        if (pages != null) {
            page(agent, sim).load(file, script);
        }
    }

    /** {@code agent}'s CCP loads the team's own copy of the Streams library at {@code path} (relative to the project). */
    void loadsStreamsFrom(String agent, String path) {
        requireNoPages("say which Streams library " + agent + "'s CCP loads");
        bundles.put(agent, StreamsBundle.file(project.root().resolve(path), path));
    }

    /** Whether snapshots or API responses reach the pages first when both fall due together. */
    void order(ResponseOrder value) {
        requireNoPages("say which reaches the CCP first");
        order = value;
    }

    /** Opens the pages the scenario asked for, on a simulation just built. */
    void start(Simulation sim) {
        pages = new CcpPages(sim);
        scripts.forEach((agent, list) -> {
            AgentPage page = page(agent, sim);
            list.forEach(script -> page.load(project.root().resolve(script), script));
        });
    }

    /** {@code agent}'s page; fails naming the step that gives one. */
    public AgentPage page(String agent) {
        return Optional.ofNullable(pages).flatMap(p -> p.page(agent)).orElseThrow(() -> new IllegalStateException(
                agent + "'s CCP runs no script: a step such as 'Given " + agent + "'s CCP runs \"ccp/transfers.js\"'"
                        + " gives it one"));
    }

    private AgentPage page(String agent, Simulation sim) {
        return pages.page(agent).orElseGet(() -> pages.open(agent, bundles.containsKey(agent) ? bundles.get(agent)
                : StreamsBundle.pinned(), order));
    }

    /**
     * {@code agent}'s log lines and API requests so far, in time order, one a line, each at its place on the timeline
     * ({@code at}): what a failed expectation on the page shows.
     */
    public String describeLogs(String agent, Function<Instant, String> at) {
        AgentPage page = page(agent);
        if (page.logs().isEmpty() && page.actions().isEmpty()) {
            return agent + "'s CCP logged nothing and called nothing";
        }
        List<Map.Entry<Instant, String>> lines = new ArrayList<>();
        page.actions().forEach(a -> lines.add(Map.entry(a.at(), "called " + a.describe())));
        page.logs().forEach(l -> lines.add(Map.entry(l.at(), "log: " + l.text())));
        lines.sort(Map.Entry.comparingByKey());
        return agent + "'s CCP logged and called:\n" + lines.stream().map(l -> "  " + at.apply(l.getKey()) + " "
                + l.getValue()).collect(Collectors.joining("\n"));
    }

    /** Whether {@code agent}'s page logged a line containing {@code text}. */
    public boolean logged(String agent, String text) {
        return page(agent).logs().stream().anyMatch(l -> l.text().contains(text));
    }

    /** The value of the page's {@code expression} as JSON text, read again only when the page ran since. */
    public String value(String agent, String expression) {
        AgentPage page = page(agent);
        String key = agent + "\n" + expression;
        Read last = reads.get(key);
        if (last == null || last.exchanges() != page.exchanges()) {
            last = new Read(page.exchanges(), page.read(expression));
            reads.put(key, last);
        }
        return last.value();
    }

    /** {@code text} as a JSON string. */
    String quoted(String text) {
        return TextNode.valueOf(text).toString();
    }

    private record Read(int exchanges, String value) {
    }

    /** Every page's log lines and answered API requests, for the timeline: agent to (instant, text). */
    public Map<String, List<Map.Entry<Instant, String>>> timeline() {
        Map<String, List<Map.Entry<Instant, String>>> entries = new LinkedHashMap<>();
        if (pages != null) {
            for (String agent : pages.agents()) {
                AgentPage page = pages.page(agent).orElseThrow();
                List<Map.Entry<Instant, String>> list = new ArrayList<>();
                page.actions().forEach(a -> list.add(Map.entry(a.at(), a.describe())));
                page.logs().forEach(l -> list.add(Map.entry(l.at(), l.level() + ": " + l.text())));
                entries.put(agent, list);
            }
        }
        return entries;
    }

    /**
     * Which Streams library each page ran, then what it logged and called, for the scenario's report (empty when no
     * page opened).
     */
    public String describe(Function<Instant, String> at) {
        if (pages == null || pages.agents().isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (String agent : pages.agents()) {
            AgentPage page = page(agent);
            text.append(agent).append("'s CCP: Streams ").append(page.streamsVersion()).append(" (connect.version) from ")
                    .append(bundles.containsKey(agent) ? bundles.get(agent).origin() : StreamsBundle.pinned().origin())
                    .append("; scripts: ").append(String.join(", ", scripts.getOrDefault(agent, List.of())))
                    .append('\n').append(describeLogs(agent, at).indent(2));
        }
        return text.toString();
    }

    /** Fails with the pages' problems not reported yet, each with its JavaScript stack. */
    public void requireNoProblems() {
        if (pages == null) {
            return;
        }
        List<PageProblem> fresh = pages.newProblems();
        if (!fresh.isEmpty()) {
            throw new AssertionError("the CCP page failed:\n" + fresh.stream().map(PageProblem::describe)
                    .collect(Collectors.joining("\n")));
        }
    }

    private void requireNoPages(String what) {
        if (pages != null) {
            throw new IllegalStateException("cannot " + what + " once the call has started: put this step before"
                    + " the first When step");
        }
    }

    @Override
    public void close() {
        if (pages != null) {
            pages.close();
        }
    }
}
