package dev.connectsim.flow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How a flow run ended: a value, whose words are made once, when first read. */
class FlowRunRecordTest {

    private static final Instant START = Instant.parse("2024-01-01T09:00:00Z");

    @Test
    void aDetailGivenAsWordsLaterEqualsTheSameDetailGivenAtOnce() {
        AtomicInteger made = new AtomicInteger();
        FlowRunRecord later = new FlowRunRecord("c-1", "inbound", "inbound", RunKind.SEGMENT, START,
                START.plusSeconds(3), EndReason.FLOW_ERROR, () -> {
                    made.incrementAndGet();
                    return "flows/inbound.json: action a1 ($.Actions[0]): boom";
                });
        FlowRunRecord atOnce = new FlowRunRecord("c-1", "inbound", "inbound", RunKind.SEGMENT, START,
                START.plusSeconds(3), EndReason.FLOW_ERROR, "flows/inbound.json: action a1 ($.Actions[0]): boom");

        assertEquals(0, made.get(), "nothing is put into words before it is read");
        assertEquals(atOnce, later);
        assertEquals(atOnce.hashCode(), later.hashCode());
        assertEquals("flows/inbound.json: action a1 ($.Actions[0]): boom", later.detail());
        assertTrue(later.toString().contains("reason=FLOW_ERROR"), later.toString());
        assertEquals(1, made.get(), "the words are made once");
        assertNotEquals(atOnce, new FlowRunRecord("c-1", "inbound", "inbound", RunKind.SEGMENT, START,
                START.plusSeconds(3), EndReason.FLOW_ERROR, "another block"));
    }
}
