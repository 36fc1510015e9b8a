package dev.connectsim.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bench run is refused up front when what it would hold at once does not fit in two thirds of the heap. */
class HeapEstimateTest {

    private static final long ONE_GIB = 1L << 30;

    private static BenchPlan plan(int contacts, double rate, int agents, int live, String number) {
        return new BenchPlan(contacts, rate, agents, BenchMode.MEMORY, 1, 1, live, 50_000, number, List.of());
    }

    @Test
    void theDocumentedRunOfAHundredThousandCallsHeldInOneGibFits() {
        BenchPlan defaults = plan(100_000, 5, BenchPlan.agentsFor(5, 100_000, false), 100_000, null);

        assertDoesNotThrow(() -> HeapEstimate.of(defaults, CallScript.DEFAULT).check(ONE_GIB));
    }

    @Test
    void aRunHoldingMoreCallsThanTheHeapTakesIsRefusedSayingWhatItWouldHold() {
        BenchPlan tooMany = plan(1_000_000, 5, 100, 1_000_000, null);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> HeapEstimate.of(tooMany, CallScript.DEFAULT).check(ONE_GIB));

        assertTrue(refused.getMessage().startsWith("this bench would hold about 1.9 GB at once (1,000,000 calls"
                + " going on at about 2.0 KB each"), refused.getMessage());
        assertTrue(refused.getMessage().contains("more than the 682 MB it can count on (two thirds of the 1.0 GB heap"),
                refused.getMessage());
    }

    @Test
    void agentsTakeMoreEachTheMoreThereAre() {
        long few = HeapEstimate.of(plan(1, 5, 1_000, 0, null), CallScript.DEFAULT).bytes();
        long many = HeapEstimate.of(plan(1, 5, 40_000, 0, null), CallScript.DEFAULT).bytes();

        assertTrue(many > 40 * few * 2, "each answering agent sees every partner's quick connect: " + few + ", "
                + many);
    }
}
