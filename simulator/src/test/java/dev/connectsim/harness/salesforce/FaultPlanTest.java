package dev.connectsim.harness.salesforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultPlanTest {

    private static final int EVERY = Integer.MAX_VALUE;

    /** The fault that answers each of {@code requests} requests in turn ("normal" for none). */
    private static List<String> answers(FaultPlan plan, int requests) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Optional<String> current = plan.current();
            answers.add(current.orElse("normal"));
            plan = current.map(plan::served).orElse(plan);
        }
        return answers;
    }

    @Test
    void aFaultForTheNextRequestsComesBeforeTheFaultForEveryRequestWhicheverWasSwitchedOnFirst() {
        List<String> expected = List.of("create-slow", "create-500", "create-500");
        assertEquals(expected, answers(FaultPlan.none().plus("create-slow", 1).plus("create-500", EVERY), 3));
        assertEquals(expected, answers(FaultPlan.none().plus("create-500", EVERY).plus("create-slow", 1), 3));
    }

    @Test
    void faultsForTheNextRequestsApplyInTheOrderGivenEachForItsCountThenAnswersAreNormal() {
        assertEquals(List.of("create-429", "create-429", "create-500", "normal"),
                answers(FaultPlan.none().plus("create-429", 2).plus("create-500", 1), 4));
    }

    @Test
    void aSecondFaultForEveryRequestIsRefusedNamingTheFirst() {
        FaultPlan always500 = FaultPlan.none().plus("create-500", EVERY);

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> always500.plus("create-429", EVERY));

        assertEquals("Salesforce already answers every VoiceCall creation with the fault create-500; the fault"
                + " create-429 for every creation cannot apply as well (a fault for the next n creations can: those"
                + " come first, in the order given, then create-500)", refused.getMessage());
        assertEquals(Optional.of("create-500"), always500.plus("create-500", EVERY).current(), "the same again is"
                + " no conflict");
    }

    @Test
    void aRequestServedByAnotherStateCountsForNothing() {
        FaultPlan plan = FaultPlan.none().plus("create-429", 1);
        assertEquals(plan, plan.served("create-500"));
    }
}
