package dev.connectsim.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ConnectSimReport}, the plugin of a team's own Cucumber runner ({@code mvn verify}): it holds its report folder
 * for the run as {@code connect-sim run} does, so a run writing into it meanwhile fails instead of mixing results.
 */
class ConnectSimReportTest {

    @TempDir
    Path folder;

    /** Cucumber's command line with connect-sim's steps and this plugin writing into {@code reports}; its output. */
    private String cucumber(Path reports, byte[] status) throws IOException {
        Path feature = Files.writeString(folder.resolve("call.feature"), """
                Feature: a team's runner
                  Scenario: bob gets the call
                    When a customer calls from +15550100 and waits in BasicQueue
                    And alice accepts the call
                    And alice transfers the call to the quick connect "Transfer to Bob"
                    Then bob is connected to the transfer leg within 60 seconds
                """);
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            status[0] = io.cucumber.core.cli.Main.run(new String[] {"--glue", "dev.connectsim.harness.steps",
                "--plugin", ConnectSimReport.class.getName() + ":" + reports, feature.toString()},
                    Thread.currentThread().getContextClassLoader());
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRunnerWhoseReportFolderAnotherProcessHoldsFailsNamingItAndWritesNoReport() throws Exception {
        Path reports = folder.resolve("reports");
        IllegalStateException refused;
        long holding;
        try (OtherProcessHold holder = OtherProcessHold.of(reports)) {
            holding = holder.pid();
            refused = assertThrows(IllegalStateException.class, () -> cucumber(reports, new byte[1]));
        }

        assertEquals("the report folder " + reports + " is being written by another connect-sim (process "
                + holding + "): wait for it to end, or give the plugin another folder"
                + " (dev.connectsim.harness.report.ConnectSimReport:DIR)", refused.getMessage());
        assertFalse(Files.exists(reports.resolve("connect-sim.html")), "no report written into the held folder");
        assertFalse(Files.exists(reports.resolve("coverage")), "no coverage written into the held folder");
    }

    @Test
    void aRunnerHoldsItsReportFolderOnlyWhileItRuns() throws Exception {
        Path reports = folder.resolve("reports");
        byte[] status = new byte[1];

        String printed = cucumber(reports, status);

        assertEquals(0, status[0], printed);
        assertTrue(Files.readString(reports.resolve("connect-sim.html")).contains("bob gets the call"));
        try (ReportFolderLock next = ReportFolderLock.take(reports)) {
            assertTrue(Files.exists(reports.resolve(ReportFolderLock.FILE)), "taken again once the run is over");
        }
    }
}
