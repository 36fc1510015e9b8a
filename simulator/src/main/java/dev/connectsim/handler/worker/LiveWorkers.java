package dev.connectsim.handler.worker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The worker processes alive in this JVM, and the shutdown hook that ends them: the safety net behind closing each
 * execution environment when the run ends, for a run that fails or is interrupted.
 */
final class LiveWorkers {

    private static final Set<WorkerProcess> LIVE = new LinkedHashSet<>();
    private static boolean hooked;

    private LiveWorkers() {
    }

    static synchronized void add(WorkerProcess worker) {
        if (!hooked) {
            hooked = true;
            Runtime.getRuntime().addShutdownHook(new Thread(LiveWorkers::endAll, "connect-sim workers end"));
        }
        LIVE.add(worker);
    }

    static synchronized void remove(WorkerProcess worker) {
        LIVE.remove(worker);
    }

    /** How many workers are alive, for tests. */
    static synchronized int count() {
        return LIVE.size();
    }

    private static void endAll() {
        List<WorkerProcess> left;
        synchronized (LiveWorkers.class) {
            left = new ArrayList<>(LIVE);
        }
        left.forEach(WorkerProcess::close);
    }
}
