package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a TransferToFlow to its own flow, or two flows transferring to each other, got no {@code endless-loop}
 * finding. {@code validate} now follows TransferToFlow through the instance file's flows.
 */
class TransferCycleValidateTest {

    private static final String INSTANCE = """
            queues:
              BasicQueue: {}
            flows:
              Ping: {file: ping.json, type: CONTACT_FLOW}
              Pong: {file: pong.json, type: CONTACT_FLOW}
              Again: {file: again.json, type: CONTACT_FLOW, id: f-again}
              Menu: {file: menu.json, type: CONTACT_FLOW}
            """;

    @TempDir
    Path folder;

    private final Cli cli = new Cli();

    @Test
    void twoFlowsThatTransferToEachOtherWithNoWayOutAreAnEndlessLoop() throws IOException {
        Path ping = write("ping.json", transferTo("Pong"));
        write("pong.json", transferTo("Ping"));

        assertEquals(1, validate("ping.json", "pong.json"));
        assertEquals(List.of(ping + ": action hand-over: [endless-loop] the flows transfer to each other with no way"
                + " out: Ping/hand-over -> Pong, Pong/hand-over -> Ping; no end of a flow can be reached from this"
                + " TransferToFlow to 'Pong' (expected a way out to an action that ends the flow, such as"
                + " DisconnectParticipant or TransferContactToQueue) (at /Actions/0/Parameters/ContactFlowId; hint:"
                + " give one of the flows on the way a branch to an action that ends the flow, or transfer to a flow"
                + " that does not lead back here)", "2 files, 1 error, 0 warnings"), lines());
    }

    @Test
    void aFlowThatTransfersToItselfIsAnEndlessLoopNamedInThatFileAlone() throws IOException {
        Path again = write("again.json", transferTo("arn:aws:connect:us-east-1:123456789012:instance/"
                + "00000000-0000-4000-8000-000000000000/contact-flow/f-again"));

        assertEquals(1, validate("again.json"));
        assertEquals(again + ": action hand-over: [endless-loop] this TransferToFlow goes back to the start of its"
                + " own flow 'Again', and no end of the flow can be reached on the way", lines().get(0)
                        .replaceFirst(" \\(expected .*", ""));
    }

    @Test
    void aTransferBackThatTheCallerCanLeaveByABranchIsFine() throws IOException {
        write("ping.json", transferTo("Menu"));
        write("menu.json", """
                {"Version": "2019-10-30", "StartAction": "choose", "Actions": [
                 {"Identifier": "choose", "Type": "GetParticipantInput", "Parameters": {"Text": "Press 1 to hear it again"},
                  "Transitions": {"NextAction": "bye", "Conditions": [{"NextAction": "again",
                    "Condition": {"Operator": "Equals", "Operands": ["1"]}}],
                   "Errors": [{"ErrorType": "NoMatchingCondition", "NextAction": "bye"},
                    {"ErrorType": "InputTimeLimitExceeded", "NextAction": "bye"},
                    {"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
                 {"Identifier": "again", "Type": "TransferToFlow", "Parameters": {"ContactFlowId": "Ping"},
                  "Transitions": {"Errors": [{"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
                 {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
                """);

        assertEquals(0, validate("ping.json", "menu.json"));
        assertEquals(List.of("2 files, 0 errors, 0 warnings"), lines());
    }

    /** A flow that transfers to {@code flow} at once; its error branch is dead, as the flow exists. */
    private static String transferTo(String flow) {
        return """
                {"Version": "2019-10-30", "StartAction": "hand-over", "Actions": [
                 {"Identifier": "hand-over", "Type": "TransferToFlow", "Parameters": {"ContactFlowId": "%s"},
                  "Transitions": {"Errors": [{"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
                 {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
                """.formatted(flow);
    }

    private int validate(String... files) throws IOException {
        write("instance.yaml", INSTANCE);
        for (String name : List.of("ping.json", "pong.json", "again.json", "menu.json")) {
            if (!Files.exists(folder.resolve(name))) {
                write(name, "{\"Version\": \"2019-10-30\", \"StartAction\": \"bye\", \"Actions\": [{\"Identifier\":"
                        + " \"bye\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {}}]}");
            }
        }
        String[] args = new String[files.length + 3];
        args[0] = "validate";
        args[1] = "--instance-file";
        args[2] = folder.resolve("instance.yaml").toString();
        for (int i = 0; i < files.length; i++) {
            args[i + 3] = folder.resolve(files[i]).toString();
        }
        return cli.run(args);
    }

    private List<String> lines() {
        return cli.out.toString().lines().toList();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }
}
