package dev.connectsim.harness.salesforce;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Simulated Salesforces kept for reuse: one per thread and WireMock root, handed to one scenario at a time and
 * reset in between ({@link SalesforceStub#reset}), so parallel scenarios never share one and none pays for starting
 * WireMock again. They stop when the JVM exits.
 */
public final class SalesforceStubs {

    private static final ThreadLocal<Map<Path, SalesforceStub>> STUBS = ThreadLocal.withInitial(HashMap::new);

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
            SalesforceStub started = SalesforceStub.start(key);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop simulated Salesforce"));
            mine.put(key, started);
            return started;
        }
        stub.reset(1);
        return stub;
    }
}
