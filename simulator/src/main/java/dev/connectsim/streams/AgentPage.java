package dev.connectsim.streams;

import java.nio.file.Path;
import java.util.List;

/**
 * One agent's CCP page running the real Streams library against the simulation: the team's scripts are loaded into
 * it, steps call the functions they define, and read what they logged and set. Everything the page does happens in
 * virtual time, as the simulation runs.
 */
public interface AgentPage extends AutoCloseable {

    /** The agent whose CCP this is. */
    String agent();

    /** {@code connect.version} of the loaded Streams library (the 2.28.2 release says "2.28.1"). */
    String streamsVersion();

    /** Runs the script {@code file} in the page, named {@code shown} in stacks and messages; fails when it does not load. */
    void load(Path file, String shown);

    /** Calls the global function {@code function} of the page with {@code args} (JSON values); fails when there is none. */
    void call(String function, List<Object> args);

    /** The value of {@code expression} in the page, as JSON text ({@code null} when undefined). */
    String read(String expression);

    /** How many times the page has run so far (each exchange with it): its state changes only when this grows. */
    int exchanges();

    /** What the page logged so far, in order. */
    List<PageLog> logs();

    /** The page's API requests as the simulator answered them, in order. */
    List<PageAction> actions();

    /** What went wrong in the page so far, in order. */
    List<PageProblem> problems();

    /** Closes the page; the process hosting it goes on for the thread's next scenario. */
    @Override
    void close();
}
