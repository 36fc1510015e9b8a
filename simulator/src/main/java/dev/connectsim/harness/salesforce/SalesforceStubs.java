package dev.connectsim.harness.salesforce;

import dev.connectsim.concurrent.Background;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Simulated Salesforces kept for reuse: one per thread and WireMock root, handed to one scenario at a time and
 * reset in between ({@link SalesforceStub#reset}), so parallel scenarios never share one and none pays for starting
 * WireMock again. A run may {@link #prestart} them while it starts up, and a thread takes one of those before it
 * starts its own. They stop when the JVM exits.
 */
public final class SalesforceStubs {

    private static final ThreadLocal<Map<Path, SalesforceStub>> STUBS = ThreadLocal.withInitial(HashMap::new);
    /** Started ahead for a root, no thread's yet; guarded by itself. */
    private static final Map<Path, Deque<SalesforceStub>> SPARE = new HashMap<>();

    private SalesforceStubs() {
    }

    /**
     * Checks the WireMock root {@code root} as a stub would on start, without starting one: throws
     * {@link StubsException} naming the file and place of the first mapping that is not a valid stub.
     */
    public static void check(Path root) {
        StubFiles.check(root.toAbsolutePath().normalize());
    }

    /** This thread's stub for {@code root}, started on first use, as new (seed 1). */
    public static SalesforceStub borrow(Path root) {
        Path key = root.toAbsolutePath().normalize();
        Map<Path, SalesforceStub> mine = STUBS.get();
        SalesforceStub stub = mine.get(key);
        if (stub == null) {
            SalesforceStub started = spare(key).orElseGet(() -> started(key));
            mine.put(key, started);
            return started;
        }
        stub.reset(1);
        return stub;
    }

    /**
     * Starts {@code count} simulated Salesforces serving {@code root} on a thread of their own, for the first scenarios
     * of a run: WireMock starting (about 0.1 s of CPU each) then overlaps the run's start-up, where a core is idle
     * while the handlers' probes run, instead of adding to the scenarios (docs/performance.md, "Fixed cost"). A root
     * that does not start leaves nothing: the first scenario that needs it says why. The future completes once all
     * are started.
     */
    public static CompletableFuture<Void> prestart(Path root, int count) {
        Path key = root.toAbsolutePath().normalize();
        return Background.run("start simulated Salesforces", () -> {
            try {
                for (int i = 0; i < count; i++) {
                    SalesforceStub stub = started(key);
                    synchronized (SPARE) {
                        SPARE.computeIfAbsent(key, k -> new ArrayDeque<>()).add(stub);
                    }
                }
            } catch (RuntimeException e) {
                // the first scenario that borrows one starts it again, and says why it cannot
            }
        });
    }

    /** How many started ahead for {@code root} no thread has taken yet, for tests. */
    static int spares(Path root) {
        synchronized (SPARE) {
            return SPARE.getOrDefault(root.toAbsolutePath().normalize(), new ArrayDeque<>()).size();
        }
    }

    private static Optional<SalesforceStub> spare(Path key) {
        synchronized (SPARE) {
            return Optional.ofNullable(SPARE.getOrDefault(key, new ArrayDeque<>()).poll());
        }
    }

    private static SalesforceStub started(Path key) {
        SalesforceStub started = SalesforceStub.start(key);
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop simulated Salesforce"));
        return started;
    }
}
