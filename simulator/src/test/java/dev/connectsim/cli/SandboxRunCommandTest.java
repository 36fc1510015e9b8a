package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.connectsim.harness.Divergences;
import dev.connectsim.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --target sandbox} and {@code sandbox ...}: dry runs against the features, and bad settings. */
class SandboxRunCommandTest {

    private final Path root = Project.find().root();

    @TempDir
    Path folder;

    @Test
    void aDryRunListsPerScenarioTheCallsItWouldMakeOrWhyItIsSkipped() {
        Cli cli = new Cli();

        int exit = cli.runPrintingToSystemOut("run", "--target", "sandbox", "--dry-run", "--sandbox-config",
                example());

        String out = cli.out.toString();
        assertEquals(0, exit, out + cli.err);
        assertTrue(out.contains("sandbox: instance connect-sim-sandbox in us-east-1 (dry run: these are the calls it"
                + " would make; nothing is sent)"), out);
        assertTrue(out.contains("CreateContactFlow(InstanceId=<id of connect-sim-sandbox>, Name=connect-sim Inbound,"
                + " Type=CONTACT_FLOW"), out);
        String offered = section(out, "Scenario: The call gets its VoiceCall id and is offered to alice");
        assertTrue(offered.contains("StartOutboundVoiceContact(DestinationPhoneNumber=+15550100, ContactFlowId="),
                offered);
        assertTrue(offered.contains("GetContactAttributes(") && offered.contains("GetCurrentUserData("), offered);
        assertTrue(offered.strip().endsWith("passed"), offered);
        for (Divergences.Entry entry : Divergences.in(root.resolve("features")).entries()) {
            String scenario = section(out, "Scenario: " + entry.scenario().replaceAll("<[^>]+>.*$", ""));
            assertTrue(scenario.contains("skipped: " + entry.reason()), scenario);
            assertTrue(!scenario.contains("StartOutboundVoiceContact(Destination"), scenario);
        }
        List<String> lines = out.strip().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ passed, 0 failed, \\d+ skipped"), out);
    }

    @Test
    void anInstanceOffTheAllowlistIsRefusedBeforeAnyCallEvenInADryRun() {
        Cli cli = new Cli();

        int exit = cli.runPrintingToSystemOut("run", "--target", "sandbox", "--dry-run", "--sandbox-config", example(),
                "--sandbox-instance", "production");

        assertEquals(1, exit);
        assertEquals("connect-sim: " + root.resolve("sandbox.example.yaml") + ": instance 'production' is not on the"
                + " allowlist [connect-sim-sandbox]: connect-sim calls only instances listed there; add it only if it"
                + " is a sandbox", cli.err.toString().strip());
        assertTrue(!cli.out.toString().contains("List") && !cli.out.toString().contains("Scenario:"), cli.out.toString());
    }

    @Test
    void aRealRunWithoutSettingsSaysWhereToPutThem() {
        assumeFalse(Files.exists(root.resolve("sandbox.yaml")), "this project has sandbox settings: a run would be real");
        Cli cli = new Cli();

        int exit = cli.runPrintingToSystemOut("run", "--target", "sandbox");

        assertEquals(1, exit);
        assertEquals("connect-sim: no " + root.resolve("sandbox.yaml") + ": copy sandbox.example.yaml to"
                + " sandbox.yaml and name your sandbox instance in it (README, 'Sandbox runs')",
                cli.err.toString().strip());
    }

    @Test
    void aSettingsFileWithAMistakeIsOneLineNamingTheFileAndTheKey() throws IOException {
        Path settings = folder.resolve("sandbox.yaml");
        Files.writeString(settings, "instance: my-sandbox\nallowlist: [my-sandbox]\nthrottling:\n  retries: many\n");
        Cli cli = new Cli();

        int exit = cli.runPrintingToSystemOut("sandbox", "check", "--dry-run", "--config", settings.toString());

        assertEquals(1, exit);
        assertEquals("connect-sim: " + settings + ": 'throttling.retries' must be a whole number, 0 or more, found"
                + " \"many\"", cli.err.toString().strip());
    }

    @Test
    void anUnknownSettingNamesTheKnownOnes() throws IOException {
        Path settings = folder.resolve("sandbox.yaml");
        Files.writeString(settings, "instance: my-sandbox\nallowlist: [my-sandbox]\nregoin: eu-west-2\n");
        Cli cli = new Cli();

        int exit = cli.runPrintingToSystemOut("sandbox", "publish", "--dry-run", "--config", settings.toString());

        assertEquals(1, exit);
        assertEquals("connect-sim: " + settings + ": unknown setting 'regoin' (did you mean 'region'?); settings: "
                + "[allowlist, calls, endpoint, flows, instance, profile, region, throttling, users, wait]",
                cli.err.toString().strip());
    }

    @Test
    void aDryRunCheckListsWhatItWouldLookUp() {
        Cli cli = new Cli();

        int exit = cli.runPrintingToSystemOut("sandbox", "check", "--dry-run", "--config", example());

        String out = cli.out.toString();
        assertEquals(0, exit, out + cli.err);
        for (String call : List.of("ListQueues(", "ListUsers(", "ListQuickConnects(", "ListContactFlows(",
                "ListLambdaFunctions(")) {
            assertTrue(out.contains(call), call + " in " + out);
        }
        assertTrue(out.contains("dry run: nothing was listed, so nothing can be missing; it would look for:"), out);
        assertTrue(out.contains("\n  queue BasicQueue\n"), out);
        assertTrue(out.contains("\n  user alice\n"), out);
        assertTrue(out.contains("\n  quick connect Transfer to Bob\n"), out);
    }

    private String example() {
        return root.resolve("sandbox.example.yaml").toString();
    }

    /** The lines of {@code out} from the one starting with {@code heading} to the next blank line. */
    private static String section(String out, String heading) {
        int start = out.indexOf(heading);
        assertTrue(start >= 0, heading + " in " + out);
        int end = out.indexOf("\n\n", start);
        return out.substring(start, end < 0 ? out.length() : end);
    }
}
