package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.handler.worker.WorkerProcesses;
import dev.connectsim.testing.SmallProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No Node.js worker outlives a run: not after a run whose scenarios pass, not after one whose scenario fails, not
 * after a binding that does not load; a machine without the runtime fails the scenario saying which one it needs.
 */
class WorkerCleanupRunTest {

    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:Balance";

    @TempDir
    Path project;

    private Path code;

    @BeforeEach
    void writeProject() throws IOException {
        SmallProject.withFlow(project, "+18005550100", """
                {"Identifier": "balance", "Type": "InvokeLambdaFunction",
                 "Parameters": {"LambdaFunctionARN": "%s", "InvocationTimeLimitSeconds": "3"},
                 "Transitions": {"NextAction": "keep", "Errors": [{"NextAction": "bye", "ErrorType": "NoMatchingError"}]}},
                {"Identifier": "keep", "Type": "UpdateContactAttributes",
                 "Parameters": {"Attributes": {"balance": "$.External.balance"}},
                 "Transitions": {"NextAction": "bye", "Errors": [{"NextAction": "bye", "ErrorType": "NoMatchingError"}]}},
                {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}
                """.formatted(ARN));
        code = Files.createDirectories(project.resolve("balance"));
        Files.writeString(code.resolve("index.js"), "exports.handler = async () => ({ balance: '42.50' });\n");
    }

    private void bind(String handler) throws IOException {
        Files.writeString(project.resolve("flows/instance.yaml"), """
                lambdas:
                  functions:
                    "%s": {runtime: nodejs20.x, code: ../balance, handler: %s}
                """.formatted(ARN, handler), StandardOpenOption.APPEND);
    }

    private int run(String expectedBalance) throws IOException {
        Path feature = project.resolve("features/balance.feature");
        Files.writeString(feature, """
                Feature: balance
                  Scenario: the caller's balance
                    When a customer calls +18005550100 from +15550100
                    Then the call gets the attribute "balance" within 10 seconds
                    And the call has the attribute "balance" set to "%s"
                """.formatted(expectedBalance));
        Cli cli = new Cli();
        return cli.runPrintingToSystemOut("run", "--project", project.toString(), "--features", feature.toString(),
                "--threads", "1");
    }

    @Test
    void aPassingRunLeavesNoWorker() throws IOException {
        bind("index.handler");

        assertEquals(0, run("42.50"));
        assertEquals(List.of(), WorkerProcesses.runningIn(code));
    }

    @Test
    void aFailingRunLeavesNoWorker() throws IOException {
        bind("index.handler");

        assertEquals(1, run("0.00"));
        assertEquals(List.of(), WorkerProcesses.runningIn(code));
    }

    @Test
    void aBindingThatDoesNotLoadLeavesNoWorker() throws IOException {
        bind("index.balance");

        assertTrue(run("42.50") != 0);
        assertEquals(List.of(), WorkerProcesses.runningIn(code));
    }
}
