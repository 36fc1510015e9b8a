package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: {@code validate FOLDER} left out the flows the instance file names outside that folder. */
class ValidateFolderTest {

    private static final String BYE = "{\"Version\": \"2019-10-30\", \"StartAction\": \"bye\", \"Actions\": [{\"Identifier\":"
            + " \"bye\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {}}]}";

    @TempDir
    Path folder;

    private final Cli cli = new Cli();

    @Test
    void aFolderIsCheckedWithTheFlowsItsInstanceFileNamesElsewhere() throws IOException {
        Path flows = Files.createDirectories(folder.resolve("flows"));
        Files.writeString(flows.resolve("inbound.json"), BYE);
        Path shared = Files.createDirectories(folder.resolve("shared")).resolve("whisper.json");
        Files.writeString(shared, BYE.replace("\"StartAction\": \"bye\"", "\"StartAction\": \"by\""));
        Path instance = Files.writeString(flows.resolve("instance.yaml"), """
                flows:
                  Inbound: {file: inbound.json, type: CONTACT_FLOW}
                  Whisper: {file: ../shared/whisper.json, type: AGENT_WHISPER}
                """);

        int exit = cli.run("validate", "--instance-file", instance.toString(), flows.toString());

        List<String> lines = cli.out.toString().lines().toList();
        assertEquals(1, exit, cli.out.toString() + cli.err);
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(true, lines.get(0).startsWith(flows.resolve("../shared/whisper.json")
                + ": [dangling-start-action] StartAction is 'by'"), lines.get(0));
        assertEquals("2 files, 1 error, 0 warnings", lines.get(1));
    }

    @Test
    void aFileIsCheckedAlone() throws IOException {
        Path flows = Files.createDirectories(folder.resolve("flows"));
        Path inbound = Files.writeString(flows.resolve("inbound.json"), BYE);
        Files.writeString(Files.createDirectories(folder.resolve("shared")).resolve("whisper.json"), "not json");
        Path instance = Files.writeString(flows.resolve("instance.yaml"), """
                flows:
                  Inbound: {file: inbound.json, type: CONTACT_FLOW}
                """);

        assertEquals(0, cli.run("validate", "--instance-file", instance.toString(), inbound.toString()));
        assertEquals(List.of("1 file, 0 errors, 0 warnings"), cli.out.toString().lines().toList());
    }
}
