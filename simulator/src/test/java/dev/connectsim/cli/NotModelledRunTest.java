package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.testing.SmallProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, "never a silent pass": a call that met a block the simulator cannot run ended FLOW_ERROR and its
 * scenario still passed. Now the step after which the call met it fails naming the flow file, the block and what is
 * missing, and the run lists every such block across the run.
 */
class NotModelledRunTest {

    @TempDir
    Path project;

    @Test
    void aScenarioWhoseCallMeetsAnUnsupportedBlockFailsNamingItAndTheRunListsIt() throws IOException {
        Path flow = writeProject("""
                {"Identifier": "hello", "Type": "MessageParticipant", "Parameters": {"Text": "Hello"},
                 "Transitions": {"NextAction": "hook"}},
                {"Identifier": "hook", "Type": "SetEventHookX", "Parameters": {}, "Transitions": {"NextAction": "bye"}},
                {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}
                """);
        Path feature = writeFeature("""
                  Scenario: a caller hears hello
                    When a customer calls +18005550100 from +15550100
                    And 10 seconds pass
                    And 5 seconds pass
                    Then the call has ended
                """);

        Run run = run(feature);

        assertEquals(1, run.exit(), run.out() + run.err());
        String line = flow + ": action hook (Type SetEventHookX) at /Actions/1: unknown action type 'SetEventHookX'";
        assertTrue(run.out().contains("after step '10 seconds pass' (line 5): the call met what the simulator does not"
                + " model: " + line), run.out());
        assertTrue(run.out().contains("\nunsupported: " + line), run.out());
        List<String> lines = run.out().strip().lines().toList();
        assertEquals("0 passed, 1 failed", lines.get(lines.size() - 1), run.out());
        assertTrue(Files.readString(project.resolve("reports").resolve("connect-sim.html"))
                .contains("the call met what the simulator does not model: " + line), "the report shows it");
    }

    @Test
    void aReferenceTheSimulatorDoesNotKnowFailsTheScenarioNamingIt() throws IOException {
        Path flow = writeProject("""
                {"Identifier": "size", "Type": "UpdateContactAttributes",
                 "Parameters": {"Attributes": {"size": "$.CustomerEndpoint.Country"}},
                 "Transitions": {"NextAction": "bye", "Errors": [{"NextAction": "bye", "ErrorType": "NoMatchingError"}]}},
                {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}
                """);
        Path feature = writeFeature("""
                  Scenario: a caller is sent away
                    When a customer calls +18005550100 from +15550100
                    And 5 seconds pass
                    Then the call has ended
                """);

        Run run = run(feature);

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("unsupported: " + flow + ": action size (Type UpdateContactAttributes) at"
                + " /Actions/0: the reference $.CustomerEndpoint.Country is not one the simulator knows, so it read as"
                + " nothing"), run.out());
    }

    private Path writeProject(String actions) throws IOException {
        return SmallProject.withFlow(project, "+18005550100", actions);
    }

    private Run run(Path feature) {
        Cli cli = new Cli();
        int exit = cli.runPrintingToSystemOut("run", "--project", project.toString(), "--features",
                feature.toString(), "--threads", "1");
        return new Run(exit, cli.out.toString(), cli.err.toString());
    }

    private record Run(int exit, String out, String err) {
    }

    private Path writeFeature(String scenarios) throws IOException {
        Path feature = Files.createDirectories(project.resolve("features")).resolve("odd.feature");
        Files.writeString(feature, "Feature: odd flows\n\n" + scenarios);
        return feature;
    }
}
