package dev.connectsim.flow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.contact.DisconnectReason;
import dev.connectsim.sim.Simulation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentRunTest {

    private static final String SET_A = """
            {"Identifier":"set-a","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"a":"1"}},
             "Transitions":{"NextAction":"compare","Errors":[{"ErrorType":"NoMatchingError","NextAction":"bye"}]}}""";

    private static final String BYE = """
            {"Identifier":"bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}""";

    @Test
    void blocksRunInTheOrderTheirTransitionsGive() {
        FlowTestBed bed = FlowTestBed.inbound(SET_A + "," + """
                {"Identifier":"compare","Type":"Compare","Parameters":{"ComparisonValue":"$.Attributes.a"},
                 "Transitions":{"NextAction":"bye","Conditions":[
                   {"NextAction":"queue","Condition":{"Operator":"Equals","Operands":["1"]}}],
                   "Errors":[{"ErrorType":"NoMatchingCondition","NextAction":"bye"}]}},
                {"Identifier":"queue","Type":"UpdateContactTargetQueue","Parameters":{"QueueId":"BasicQueue"},
                 "Transitions":{"NextAction":"transfer","Errors":[{"ErrorType":"NoMatchingError","NextAction":"bye"}]}},
                {"Identifier":"transfer","Type":"TransferContactToQueue","Parameters":{},
                 "Transitions":{"NextAction":"bye","Errors":[{"ErrorType":"QueueAtCapacity","NextAction":"bye"},
                   {"ErrorType":"NoMatchingError","NextAction":"bye"}]}},
                """ + BYE);

        String contactId = bed.call();

        assertEquals(List.of("set-a", "compare", "queue", "transfer"), bed.path(contactId));
        assertEquals(EndReason.QUEUED, bed.endOf(contactId).reason());
        assertEquals("BasicQueue", bed.sim().contact(contactId).queue().name());
    }

    @Test
    void aResultThatMeetsNoConditionTakesTheNoMatchingConditionBranch() {
        FlowTestBed bed = FlowTestBed.inbound(SET_A + "," + """
                {"Identifier":"compare","Type":"Compare","Parameters":{"ComparisonValue":"$.Attributes.a"},
                 "Transitions":{"NextAction":"bye","Conditions":[
                   {"NextAction":"bye","Condition":{"Operator":"Equals","Operands":["2"]}}],
                   "Errors":[{"ErrorType":"NoMatchingCondition","NextAction":"nomatch"}]}},
                {"Identifier":"nomatch","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}},
                """ + BYE);

        String contactId = bed.call();

        assertEquals(List.of("set-a NextAction", "compare Error NoMatchingCondition", "nomatch End DISCONNECTED"),
                bed.branches(contactId));
        assertEquals(DisconnectReason.CONTACT_FLOW_DISCONNECT, bed.sim().contact(contactId).record()
                .disconnectReason());
    }

    @Test
    void aCycleWithNoExitEndsWithAnErrorNamingTheFileAndBlockInsteadOfHanging() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"ping","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"a":"1"}},
                 "Transitions":{"NextAction":"pong","Errors":[{"ErrorType":"NoMatchingError","NextAction":"pong"}]}},
                {"Identifier":"pong","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"b":"2"}},
                 "Transitions":{"NextAction":"ping","Errors":[{"ErrorType":"NoMatchingError","NextAction":"ping"}]}}
                """).timings(FlowTimings.defaults().withMaxBlocksPerContact(50));

        String contactId = bed.call();

        FlowRunRecord end = bed.endOf(contactId);
        assertEquals(EndReason.FLOW_ERROR, end.reason());
        assertEquals("Test Flow.json: action ping (/Actions/0): contact " + contactId + " ran 50 blocks without "
                + "the flow ending: a cycle with no exit: Test Flow/ping (UpdateContactAttributes) -> Test Flow/pong"
                + " (UpdateContactAttributes) -> Test Flow/ping (UpdateContactAttributes) (limit:"
                + " FlowTimings.maxBlocksPerContact)", end.detail());
        assertTrue(bed.sim().contact(contactId).isDisconnected(), "the contact was ended");
        assertEquals(50, bed.path(contactId).size());
    }

    @Test
    void aCycleLongerThanTheBlocksRememberedIsNamedByTheLastOnesShortened() {
        StringBuilder actions = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            actions.append(i == 0 ? "" : ",").append("{\"Identifier\":\"b").append(i).append("\",\"Type\":"
                    + "\"UpdateContactAttributes\",\"Parameters\":{\"Attributes\":{\"a\":\"1\"}},"
                    + "\"Transitions\":{\"NextAction\":\"b").append((i + 1) % 40).append("\"}}");
        }
        FlowTestBed bed = FlowTestBed.inbound(actions.toString())
                .timings(FlowTimings.defaults().withMaxBlocksPerContact(100));

        String detail = bed.endOf(bed.call()).detail();

        assertTrue(detail.contains("ran 100 blocks without the flow ending: a cycle with no exit? the last 32 blocks:"
                + " Test Flow/b28 (UpdateContactAttributes) -> "), detail);
        assertTrue(detail.contains(" -> ... 20 more ... -> "), detail);
        assertTrue(detail.endsWith("Test Flow/b19 (UpdateContactAttributes) (limit: FlowTimings.maxBlocksPerContact)"),
                detail);
    }

    @Test
    void theCallerHangingUpDuringAPromptEndsTheRun() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"hello","Type":"MessageParticipant","Parameters":{"Text":"Hello"},
                 "Transitions":{"NextAction":"bye","Errors":[{"ErrorType":"NoMatchingError","NextAction":"bye"}]}},
                """ + BYE);

        String contactId = bed.sim().inboundCall(FlowTestBed.CALLER);
        bed.sim().customerHangsUpAfter(contactId, Duration.ofMillis(800));
        bed.sim().runFor(Duration.ofSeconds(5));

        assertEquals(EndReason.CALLER_LEFT, bed.endOf(contactId).reason());
        assertEquals(List.of(), bed.path(contactId), "the prompt never finished");
        assertEquals(DisconnectReason.CUSTOMER_DISCONNECT, bed.sim().contact(contactId).record().disconnectReason());
    }

    @Test
    void aHangUpEndsAtOnceOnlyTheRunsOfItsOwnCall() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"hello","Type":"MessageParticipant","Parameters":{"Text":"Hello"},
                 "Transitions":{"NextAction":"bye","Errors":[{"ErrorType":"NoMatchingError","NextAction":"bye"}]}},
                """ + BYE);

        String leaving = bed.sim().inboundCall(FlowTestBed.CALLER);
        String staying = bed.sim().inboundCall("+15550111");
        bed.sim().customerHangsUpAfter(leaving, Duration.ofMillis(800));
        bed.sim().runFor(Duration.ofSeconds(5));

        FlowRunRecord left = bed.endOf(leaving);
        assertEquals(EndReason.CALLER_LEFT, left.reason());
        assertEquals(Simulation.DEFAULT_START.plusMillis(800), left.ended(), "ended when the caller hung up");
        assertEquals(List.of("hello", "bye"), bed.path(staying), "the other call's prompt played to its end");
    }
}
