package dev.connectsim.streams;

import dev.connectsim.sim.Simulation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agent pages of one simulation (one scenario): {@link #open} gives an agent a CCP page running the Streams
 * library on this thread's page host ({@link NodeHosts}); {@link #close} closes them all, and the host goes on for
 * the thread's next scenario.
 */
public final class CcpPages implements AutoCloseable {

    private final Simulation sim;
    private final Map<String, StreamsPage> pages = new LinkedHashMap<>();
    private int problemsReported;

    public CcpPages(Simulation sim) {
        this.sim = sim;
    }

    /** Opens {@code agent}'s page with {@code bundle}; fails with one line when Node.js or the bundle will not do. */
    public AgentPage open(String agent, StreamsBundle bundle, ResponseOrder order) {
        sim.instance().agent(agent);
        if (pages.containsKey(agent)) {
            throw new IllegalStateException(agent + "'s CCP page is open already");
        }
        NodeHost host = NodeHosts.borrow();
        StreamsPage page = new StreamsPage(host, agent + "@" + System.identityHashCode(this), agent, sim, order);
        page.open(bundle, sim.seed() * 31 + agent.hashCode());
        pages.put(agent, page);
        return page;
    }

    /** {@code agent}'s page, if it has one. */
    public Optional<AgentPage> page(String agent) {
        return Optional.ofNullable(pages.get(agent));
    }

    /** The problems of every page that no earlier call returned, in the order of the pages. */
    public List<PageProblem> newProblems() {
        List<PageProblem> all = new ArrayList<>();
        pages.values().forEach(p -> all.addAll(p.problems()));
        List<PageProblem> fresh = List.copyOf(all.subList(Math.min(problemsReported, all.size()), all.size()));
        problemsReported = all.size();
        return fresh;
    }

    /** The agents that have a page, in the order they were opened. */
    public List<String> agents() {
        return List.copyOf(pages.keySet());
    }

    @Override
    public void close() {
        pages.values().forEach(StreamsPage::close);
        pages.clear();
    }
}
