package dev.connectsim.flow.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowParser;
import dev.connectsim.flow.coverage.Transition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What changed between two versions of a flow, with actions matched through the graph when their names differ. */
class FlowDiffTest {

    private static final Path SAMPLE = Path.of("..", "..", "shared", "conformance", "salesforce-examples",
            "Sample SCV Transfer Flow For Agent Transfers.json");
    private static final Path OURS = Path.of("..", "flows", "agent-transfer.json");

    @Test
    void theSalesforceSampleAndOurAgentTransferFlowDifferInNamesTheLambdaArnAndOneErrorBranch() {
        assumeTrue(Files.isRegularFile(SAMPLE), "../shared/conformance is not here");
        FlowDiff diff = FlowDiff.between(FlowParser.parseFile(SAMPLE), FlowParser.parseFile(OURS));

        assertEquals(List.of(), diff.addedActions());
        assertEquals(List.of(), diff.removedActions());
        assertEquals(Map.of(
                "28d63d08-ddcb-48f8-99e7-e7883ad7f30b", "enable-logging",
                "a200ee53-94d2-4e85-853b-7d3100e5fdd7", "create-vc-tries",
                "10ddcd29-fc62-4ba7-9259-1e15cc03b549", "create-transfer-vc",
                "7cae6c44-6911-4e40-bbf7-f0855d10c69e", "store-voice-call-id",
                "658f91a9-981b-4f5c-8c62-8e6c8263905c", "note-vc-failure",
                "d7185b3f-5eca-4bc4-92f7-8861ab8c8d7f", "say-transferring",
                "8a686eac-6f29-49bd-89d0-c3d6264f5c25", "record-call",
                "23a1264b-7708-48ad-84a7-e0d9ba772a56", "transfer-to-agent"), diff.matched(),
                "every block matched through the graph, though every Identifier differs");
        assertEquals(8, diff.changedActions().size(), "all renamed");
        List<ActionChange> moreThanRenamed = diff.changedActions().stream()
                .filter(c -> c.changes().size() > 1).toList();
        assertEquals(1, moreThanRenamed.size());
        assertEquals("create-transfer-vc", moreThanRenamed.get(0).newIdentifier());
        assertEquals("parameter LambdaFunctionARN: arn:aws:lambda:us-west-2:668462763708:function:"
                + "LocalContactCenter-InvokeTelephonyIntegrationApiFunction:active -> arn:aws:lambda:us-east-1:"
                + "123456789012:function:InvokeTelephonyIntegrationApiFunction:active",
                moreThanRenamed.get(0).changes().get(1));
        assertEquals(List.of(new Transition("say-transferring", "Error NoMatchingError", "record-call")),
                diff.addedTransitions(), "our prompt has an error branch; the sample's has none");
        assertEquals(List.of(), diff.removedTransitions());
    }

    @Test
    void aFlowComparedWithItselfHasNoDifferences() {
        Flow flow = FlowParser.parseFile(OURS);
        assertTrue(FlowDiff.between(flow, FlowParser.parseFile(OURS)).isEmpty());
    }

    @Test
    void anActionTakenOutAndAnotherPutInAreRemovedAndAddedWithTheirTransitions() {
        String before = flow("""
                {"Identifier":"hello","Type":"MessageParticipant","Parameters":{"Text":"Hi"},
                 "Transitions":{"NextAction":"bye","Errors":[{"ErrorType":"NoMatchingError","NextAction":"bye"}]}},
                {"Identifier":"bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}""");
        String after = flow("""
                {"Identifier":"hello","Type":"MessageParticipant","Parameters":{"Text":"Hello"},
                 "Transitions":{"NextAction":"queue","Errors":[{"ErrorType":"NoMatchingError","NextAction":"bye"}]}},
                {"Identifier":"queue","Type":"TransferContactToQueue","Parameters":{},
                 "Transitions":{"NextAction":"bye","Errors":[{"ErrorType":"QueueAtCapacity","NextAction":"bye"}]}},
                {"Identifier":"bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}""");

        FlowDiff diff = FlowDiff.between(FlowParser.parseText("old.json", before), FlowParser.parseText("new.json",
                after));

        assertEquals(List.of("queue"), diff.addedActions());
        assertEquals(List.of(), diff.removedActions());
        assertEquals(List.of("added action queue",
                "changed action hello: parameter Text: Hi -> Hello",
                "added transition hello --NextAction--> queue",
                "added transition queue --NextAction--> bye",
                "added transition queue --Error QueueAtCapacity--> bye",
                "removed transition hello --NextAction--> bye"), diff.describe());
    }

    /** Regression: a block whose Type changed showed as removed and added when the Identifiers differed. */
    @Test
    void aBlockWhoseTypeChangedAtTheSamePlaceIsOneChangedActionNamingBothTypesThoughEveryIdentifierDiffers() {
        String before = flow("""
                {"Identifier":"hello","Type":"MessageParticipant","Parameters":{"Text":"Hi"},
                 "Transitions":{"NextAction":"ask","Errors":[{"ErrorType":"NoMatchingError","NextAction":"bye"}]}},
                {"Identifier":"ask","Type":"MessageParticipant","Parameters":{"Text":"Bye now"},
                 "Transitions":{"NextAction":"bye","Errors":[{"ErrorType":"NoMatchingError","NextAction":"bye"}]}},
                {"Identifier":"bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}""");
        String after = flow("""
                {"Identifier":"h2","Type":"MessageParticipant","Parameters":{"Text":"Hi"},
                 "Transitions":{"NextAction":"a2","Errors":[{"ErrorType":"NoMatchingError","NextAction":"b2"}]}},
                {"Identifier":"a2","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"a":"1"}},
                 "Transitions":{"NextAction":"b2","Errors":[{"ErrorType":"NoMatchingError","NextAction":"b2"}]}},
                {"Identifier":"b2","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}""")
                .replace("\"StartAction\":\"hello\"", "\"StartAction\":\"h2\"");

        FlowDiff diff = FlowDiff.between(FlowParser.parseText("old.json", before), FlowParser.parseText("new.json",
                after));

        assertEquals(List.of(), diff.addedActions());
        assertEquals(List.of(), diff.removedActions());
        assertEquals(List.of(), diff.addedTransitions());
        assertEquals(List.of(), diff.removedTransitions());
        assertTrue(diff.describe().contains("changed action a2 (was ask): Type MessageParticipant -> "
                + "UpdateContactAttributes"), () -> String.join("\n", diff.describe()));
    }

    @Test
    void aBlockWhoseTypeChangedUnderTheSameIdentifierIsOneChangedActionNamingBothTypes() {
        String before = flow("""
                {"Identifier":"hello","Type":"MessageParticipant","Parameters":{"Text":"Hi"},
                 "Transitions":{"NextAction":"bye","Errors":[{"ErrorType":"NoMatchingError","NextAction":"bye"}]}},
                {"Identifier":"bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}""");
        String after = flow("""
                {"Identifier":"hello","Type":"UpdateContactAttributes","Parameters":{"Text":"Hi"},
                 "Transitions":{"NextAction":"bye","Errors":[{"ErrorType":"NoMatchingError","NextAction":"bye"}]}},
                {"Identifier":"bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}""");

        FlowDiff diff = FlowDiff.between(FlowParser.parseText("old.json", before), FlowParser.parseText("new.json",
                after));

        assertEquals(List.of("changed action hello: Type MessageParticipant -> UpdateContactAttributes"),
                diff.describe());
    }

    @Test
    void aBlockPutInFrontOfAnotherIsAddedNotTheOtherChangedThoughEveryIdentifierDiffers() {
        String before = flow("""
                {"Identifier":"hello","Type":"MessageParticipant","Parameters":{"Text":"Hi"},
                 "Transitions":{"NextAction":"bye"}},
                {"Identifier":"bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}""");
        String after = flow("""
                {"Identifier":"h2","Type":"MessageParticipant","Parameters":{"Text":"Hi"},
                 "Transitions":{"NextAction":"set"}},
                {"Identifier":"set","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"a":"1"}},
                 "Transitions":{"NextAction":"b2"}},
                {"Identifier":"b2","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}""")
                .replace("\"StartAction\":\"hello\"", "\"StartAction\":\"h2\"");

        FlowDiff diff = FlowDiff.between(FlowParser.parseText("old.json", before), FlowParser.parseText("new.json",
                after));

        assertEquals(List.of("set", "b2"), diff.addedActions());
        assertEquals(List.of("bye"), diff.removedActions());
    }

    private static String flow(String actions) {
        return "{\"Version\":\"2019-10-30\",\"StartAction\":\"hello\",\"Actions\":[" + actions + "]}";
    }
}
