package dev.connectsim.streams;

import java.util.ArrayList;
import java.util.List;

/**
 * The page hosts of a run: one Node.js process per thread, started when a scenario on that thread first opens a page
 * and kept for the thread's next scenarios (a page costs milliseconds, a process a tenth of a second). {@link
 * #closeAll} stops them when the run ends; each also stops when the JVM exits.
 */
public final class NodeHosts {

    /** The environment variable (or system property) naming the Node.js executable; {@code node} on the PATH if unset. */
    public static final String NODE_VARIABLE = "CONNECT_SIM_NODE";

    private static final ThreadLocal<NodeHost> MINE = new ThreadLocal<>();
    private static final List<NodeHost> ALL = new ArrayList<>();

    private NodeHosts() {
    }

    /** This thread's page host, started on first use (or again, when the last one died or Node.js changed). */
    public static NodeHost borrow() {
        String command = nodeCommand();
        NodeHost host = MINE.get();
        if (host != null && host.isAlive() && host.command().equals(command)) {
            return host;
        }
        if (host != null) {
            host.close();
        }
        NodeHost started = NodeHost.start(command);
        MINE.set(started);
        synchronized (ALL) {
            ALL.add(started);
        }
        return started;
    }

    /** Stops every page host of the run; a thread that opens a page afterwards starts a new one. */
    public static void closeAll() {
        List<NodeHost> hosts;
        synchronized (ALL) {
            hosts = new ArrayList<>(ALL);
            ALL.clear();
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
