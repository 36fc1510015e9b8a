package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code connect-sim diff OLD NEW}: the changes, the scenarios of the last run they touch, and the picture. */
class DiffCommandTest {

    private static final Path OURS = Path.of("..", "flows", "agent-transfer.json");

    @TempDir
    Path folder;

    private final Cli cli = new Cli();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    @Test
    void aChangedFlowListsItsChangesTheScenariosThroughThemAndDrawsThem() throws IOException {
        Path changed = folder.resolve("agent-transfer.json");
        Files.writeString(changed, Files.readString(OURS).replace("Transferring now to an available agent.",
                "One moment, please."));
        Path visits = folder.resolve("reports").resolve("coverage").resolve("visits.json");
        Files.createDirectories(visits.getParent());
        Files.writeString(visits, """
                [{"scenario": "bob gets the call", "place": "features/transfers/agent-transfer.feature:8",
                  "visits": [{"flow": "Agent Transfer", "action": "say-transferring", "branch": "NextAction",
                              "target": "record-call"}]},
                 {"scenario": "a cold transfer", "place": "features/transfers/cold-transfer.feature:6",
                  "visits": []}]
                """);

        int exit = run("diff", OURS.toString(), changed.toString(), "--report", folder.resolve("reports").toString());

        assertEquals(1, exit, "the versions differ");
        assertTrue(out.toString().contains("changed action say-transferring: parameter Text: Transferring now to an"
                + " available agent. -> One moment, please."), out.toString());
        assertTrue(out.toString().contains("scenarios of the last run through the changes of Agent Transfer: 1\n"
                + "  features/transfers/agent-transfer.feature:8 bob gets the call"), out.toString());
        assertTrue(Files.readString(folder.resolve("reports").resolve("diff.html")).contains("data:image/svg+xml"));
    }

    @Test
    void theDiffPageDrawsARemovedBlockAsRemovedAndLinksTheScenariosThroughEachChange() throws IOException {
        Path changed = folder.resolve("agent-transfer.json");
        Files.writeString(changed, Files.readString(OURS).replaceFirst("(?s)\\{\\s*\"Identifier\": \"record-call\".*?"
                + "\"Conditions\": \\[\\]}\\s*},", "")
                .replace("\"NextAction\": \"record-call\"", "\"NextAction\": \"transfer-to-agent\""));
        Path reports = folder.resolve("reports");
        Files.createDirectories(reports.resolve("coverage"));
        Files.writeString(reports.resolve("coverage").resolve("visits.json"), """
                [{"scenario": "bob gets the call", "place": "features/transfers/agent-transfer.feature:8",
                  "visits": [{"flow": "Agent Transfer", "action": "record-call", "branch": "NextAction",
                              "target": "transfer-to-agent"}]}]
                """);
        Files.writeString(reports.resolve("run.json"), """
                {"format": 1, "scenarios": [{"feature": "f", "place": "features/transfers/agent-transfer.feature",
                  "line": 8, "name": "bob gets the call", "status": "passed", "anchor": "s-42", "section": "",
                  "visits": []}]}
                """);

        assertEquals(1, run("diff", OURS.toString(), changed.toString(), "--report", reports.toString()),
                out.toString() + err);

        String page = Files.readString(reports.resolve("diff.html"));
        String picture = new String(Base64.getDecoder().decode(page.replaceFirst(
                "(?s).*data:image/svg\\+xml;base64,([^\"]+)\".*", "$1")), StandardCharsets.UTF_8);
        assertTrue(picture.contains("record-call"), "the removed block is drawn");
        assertTrue(picture.contains("#FDECEC") || picture.contains("#fdecec"), "in red: " + picture);
        assertTrue(page.contains("<tr><td>removed action record-call</td><td><ul><li><a href=\"connect-sim.html#s-42\">"
                + "bob gets the call <small>features/transfers/agent-transfer.feature:8</small></a></li></ul></td></tr>"),
                page);
    }

    @Test
    void theSameFlowHasNoDifferencesAndExitsZero() {
        assertEquals(0, run("diff", OURS.toString(), OURS.toString(), "--report", folder.toString()));
        assertTrue(out.toString().endsWith("no differences\n"), out.toString());
    }

    @Test
    void aMissingFlowIsBadUsageNamingIt() {
        assertEquals(2, run("diff", "nowhere.json", OURS.toString()));
        assertTrue(err.toString().startsWith("no such flow file: nowhere.json"), err.toString());
    }

    private int run(String... args) {
        return cli.run(args);
    }
}
