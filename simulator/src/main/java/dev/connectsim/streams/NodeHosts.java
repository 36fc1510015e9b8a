package dev.connectsim.streams;

import dev.connectsim.concurrent.Background;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The page hosts of a run: one Node.js process per thread, started when a scenario on that thread first opens a page
 * and kept for the thread's next scenarios (a page costs milliseconds, a process a tenth of a second). A run whose
 * scenarios open pages may {@link #prestart} hosts while it starts up, each with the pinned bundle compiled, and a
 * thread takes one of those before it starts its own. {@link #closeAll} stops them when the run ends; each also
 * stops when the JVM exits.
 */
public final class NodeHosts {

    /** The environment variable (or system property) naming the Node.js executable; {@code node} on the PATH if unset. */
    public static final String NODE_VARIABLE = "CONNECT_SIM_NODE";

    private static final ThreadLocal<NodeHost> MINE = new ThreadLocal<>();
    /** Every host of the run, and the prestarted ones no thread has taken yet; both guarded by ALL. */
    private static final List<NodeHost> ALL = new ArrayList<>();
    private static final Deque<NodeHost> SPARE = new ArrayDeque<>();
    /** Counts {@link #closeAll} calls, so that a host prestarted for a run that has ended is closed, not kept. */
    private static long generation;

    private NodeHosts() {
    }

    /** This thread's page host: its own, else a prestarted one, else one started now (also when its last one died). */
    public static NodeHost borrow() {
        String command = nodeCommand();
        NodeHost host = MINE.get();
        if (host != null && host.isAlive() && host.command().equals(command)) {
            return host;
        }
        if (host != null) {
            host.close();
        }
        NodeHost taken = spare(command);
        if (taken == null) {
            taken = NodeHost.start(command);
            synchronized (ALL) {
                ALL.add(taken);
            }
        }
        MINE.set(taken);
        return taken;
    }

    /**
     * Starts {@code count} page hosts in the background, each compiling the pinned bundle (when the jar has one) and
     * {@code others} (the team's copies the scenarios name), for the first
     * scenarios of a run that opens pages: Node.js starting and the bundle compiling then overlap the run's own
     * start-up instead of adding to its first scenarios. When Node.js cannot be started, nothing is kept: the first
     * scenario that opens a page says so. The future completes once all are started and have compiled the bundle.
     */
    public static CompletableFuture<Void> prestart(int count, List<StreamsBundle> others) {
        String command = nodeCommand();
        long run;
        synchronized (ALL) {
            run = generation;
        }
        List<StreamsBundle> bundles = List.copyOf(others);
        return Background.run("start page hosts", () -> start(command, count, run, bundles));
    }

    private static void start(String command, int count, long run, List<StreamsBundle> others) {
        for (int i = 0; i < count; i++) {
            NodeHost host;
            try {
                host = NodeHost.start(command);
            } catch (CcpPageException e) {
                return;
            }
            boolean kept;
            synchronized (ALL) {
                kept = generation == run;
                if (kept) {
                    ALL.add(host);
                    SPARE.add(host);
                }
            }
            if (!kept) {
                host.close();
                return;
            }
            try {
                if (Resources.has(StreamsBundle.RESOURCE)) {
                    host.preload(StreamsBundle.pinned());
                }
                others.forEach(host::preload);
            } catch (RuntimeException e) {
                // the host died or was closed: a thread that took it starts another
            }
        }
    }

    private static NodeHost spare(String command) {
        synchronized (ALL) {
            while (!SPARE.isEmpty()) {
                NodeHost host = SPARE.poll();
                if (host.isAlive() && host.command().equals(command)) {
                    return host;
                }
            }
            return null;
        }
    }

    /**
     * Gives this thread's host, if it has one, to the next thread that needs one: the run's start-up opens pages on
     * its own thread, which runs no scenario.
     */
    public static void giveBack() {
        NodeHost host = MINE.get();
        MINE.remove();
        if (host != null && host.isAlive()) {
            synchronized (ALL) {
                if (ALL.contains(host)) {
                    SPARE.addFirst(host);
                }
            }
        }
    }

    /** Stops every page host of the run; a thread that opens a page afterwards starts a new one. */
    public static void closeAll() {
        List<NodeHost> hosts;
        synchronized (ALL) {
            generation++;
            hosts = new ArrayList<>(ALL);
            ALL.clear();
            SPARE.clear();
        }
        hosts.forEach(NodeHost::close);
    }

    /** How many page hosts are running, for tests. */
    public static int running() {
        synchronized (ALL) {
            return (int) ALL.stream().filter(NodeHost::isAlive).count();
        }
    }

    static String nodeCommand() {
        String property = System.getProperty(NODE_VARIABLE);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String variable = System.getenv(NODE_VARIABLE);
        return variable == null || variable.isBlank() ? "node" : variable;
    }
}
