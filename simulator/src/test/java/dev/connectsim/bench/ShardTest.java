package dev.connectsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.connectsim.project.ProjectInstance;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A bench shard runs its calls deterministically for its seed: only the wall-clock figures vary. */
class ShardTest {

    private static final Path ROOT = Path.of("..");

    private static Shard.Result run(long seed) {
        CallScript script = CallScript.DEFAULT;
        BenchInstance bench = BenchInstance.of(ProjectInstance.of(ROOT), script.agentsFor(5), script);
        return new Shard(bench, script, Telephony.inMemory(script.salesforceLatency())).run(300, 5, seed, calls -> { });
    }

    @Test
    void theSameSeedRunsTheSameCallsAndEveryCallReachesThePartner() {
        Shard.Result first = run(7);
        Shard.Result again = run(7);

        assertEquals(first.virtual(), again.virtual());
        assertEquals(300, first.reachedTarget());
        assertEquals(600, first.voiceCalls());
        assertEquals(0, first.lost());
        assertEquals(0, first.flowErrors());
    }

    @Test
    void anotherSeedDrawsOtherArrivals() {
        assertNotEquals(run(7).virtual(), run(8).virtual());
    }

    @Test
    void aPercentileIsTheNearestRankOfTheSortedSamples() {
        double[] samples = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertEquals(5, Bench.percentile(samples, 50));
        assertEquals(10, Bench.percentile(samples, 99));
        assertEquals(0, Bench.percentile(new double[0], 50));
    }
}
