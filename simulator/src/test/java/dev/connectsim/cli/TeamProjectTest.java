package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.SalesforceExamples;
import dev.connectsim.testing.SmallProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's project outside this repository, as a new user gets it: {@code connect-sim init} writes it, and every
 * command then finds it from the folder it runs in, as git finds a repository.
 */
class TeamProjectTest {

    @TempDir
    static Path temp;
    private static Path team;

    @BeforeAll
    static void init() {
        team = temp.resolve("team");
        CliProcess.Result init = CliProcess.run(temp, "init", "team");
        assertEquals(0, init.exit(), init.err());
    }

    /** A project with one queue, alice in it, {@code more} of the instance file, and no stubs/. */
    private static Path bare(String name, String more) throws IOException {
        return SmallProject.write(temp.resolve(name), more);
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aNewProjectPassesItsScenariosOnItsFirstRun() {
        CliProcess.Result run = CliProcess.run(team, "run");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().lines().anyMatch(line -> line.matches("8 passed, 0 failed")), run.out());
        assertTrue(Files.isRegularFile(team.resolve("reports/connect-sim.html")));
        assertTrue(Files.isRegularFile(team.resolve("reports/coverage/coverage.json")));
    }

    @Test
    void aNewProjectsFlowsValidateWithoutFindings() {
        CliProcess.Result validate = CliProcess.run(team.resolve("features"), "validate");

        assertEquals(0, validate.exit(), validate.out() + validate.err());
        assertEquals(List.of("2 files, 0 errors, 0 warnings"), validate.out().lines().toList());
    }

    @Test
    void verboseSaysWhichProjectACommandFoundFromAFolderInsideIt() {
        CliProcess.Result validate = CliProcess.run(team.resolve("flows"), "validate", "--verbose",
                "inbound.json");

        assertEquals(0, validate.exit(), validate.err());
        CliProcess.Result run = CliProcess.run(team.resolve("features"), "run", "--verbose", "--features",
                "inbound.feature");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("connect-sim: project " + real(team) + " (found from "), run.err());
    }

    @Test
    void helpNamesTheProjectTheCommandWouldUse() {
        CliProcess.Result help = CliProcess.run(team.resolve("features"), "run", "--help");

        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("Uses project " + real(team)), help.out());
    }

    @Test
    void outsideAnyProjectACommandSaysSoInOneLine() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        CliProcess.Result run = CliProcess.run(elsewhere, "run");

        assertEquals(2, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("connect-sim: no connect-sim project in " + real(elsewhere)
                + " or any folder above it"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void aProjectWithoutStubsRunsWhenNoFlowCallsSalesforce() throws IOException {
        Path plain = bare("plain", "");
        Files.writeString(plain.resolve("features/queue.feature"), """
                Feature: A queue
                  Scenario: alice takes a call from the queue
                    When a customer calls from +15550100 and waits in BasicQueue
                    And alice accepts the call
                    Then alice is connected to the call within 10 seconds
                """);

        CliProcess.Result run = CliProcess.run(plain, "run");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().lines().anyMatch(line -> line.equals("1 passed, 0 failed")), run.out());
    }

    @Test
    void aFlowThatCallsSalesforceInAProjectWithoutStubsFailsItsScenarioNamingTheFlow() throws IOException {
        Path noStubs = bare("no-stubs", """
                phoneNumbers:
                  "+18005550100": Inbound
                flows:
                  Inbound: {file: inbound.json, type: CONTACT_FLOW}
                """);
        Files.copy(team.resolve("flows/inbound.json"), noStubs.resolve("flows/inbound.json"));
        Files.writeString(noStubs.resolve("features/call.feature"), """
                Feature: A call
                  Scenario: a customer calls
                    When a customer calls +18005550100 from +15550100
                    Then alice sees the call connecting within 60 seconds
                """);

        CliProcess.Result run = CliProcess.run(noStubs, "run");

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("the flow 'Inbound' invokes the Salesforce telephony function"
                + " arn:aws:lambda:us-east-1:123456789012:function:InvokeTelephonyIntegrationApiFunction:active"
                + " (action create-voice-call), but the project " + real(noStubs) + " has no stubs/ folder"),
                run.out());
    }

    @Test
    void aFlowExportedFromConnectRunsOnceItIsCopiedIntoFlowsAndNamedInTheInstanceFile() throws IOException {
        Path sample = SalesforceExamples.file("Sample SCV Inbound Flow.json");
        Path project = temp.resolve("with-sample");
        assertEquals(0, CliProcess.run(temp, "init", "with-sample").exit());
        Files.copy(sample, project.resolve("flows").resolve(sample.getFileName()));
        Path instance = project.resolve("flows/instance.yaml");
        Files.writeString(instance, Files.readString(instance)
                .replace("  \"+18005550100\": Inbound\n", "  \"+18005550100\": Inbound\n  \"+18005550111\": Sample\n")
                .replace("flows:\n", "flows:\n  Sample: {file: Sample SCV Inbound Flow.json, type: CONTACT_FLOW}\n"));
        Files.writeString(project.resolve("features/sample.feature"), """
                Feature: Salesforce's sample inbound flow
                  Scenario: The call gets its VoiceCall, then the flow cannot find the Omni-Channel flow
                    When a customer calls +18005550111 from +15550100
                    Then the call gets the attribute "voiceCallId" within 30 seconds
                    And the call has the attribute "error" set to "Failed to transfer to omni routing flow."
                """);

        CliProcess.Result run = CliProcess.run(project, "run", "--features", "features/sample.feature");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("coverage Sample: actions 9/13"), run.out());
    }

    @Test
    void initRefusesToOverwriteAndWritesNothing() throws IOException {
        Path flows = team.resolve("flows/instance.yaml");
        String before = Files.readString(flows);
        CliProcess.Result again = CliProcess.run(temp, "init", "team");

        assertEquals(2, again.exit());
        assertEquals(1, again.err().lines().count(), again.err());
        assertTrue(again.err().startsWith("connect-sim: refusing to overwrite 30 files in "), again.err());
        assertEquals(before, Files.readString(flows));
    }
}
