package dev.connectsim.cli;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.FlowParseException;
import dev.connectsim.flow.FlowParser;
import dev.connectsim.flow.diff.FlowDiff;
import dev.connectsim.harness.report.CoverageReport;
import dev.connectsim.harness.report.FlowDiffPage;
import dev.connectsim.project.ProjectInstance;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code connect-sim diff OLD NEW}: what changed between two versions of a flow (files, or {@code REV:PATH} for a
 * version in git), and which scenarios of the last run pass through the changes. Writes {@code diff.html} in the
 * report folder with the new version drawn and the changes coloured. Exit 0 when the versions are the same, 1 when
 * they differ, 2 on bad usage, as diff does.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Lists what changed between two versions of a flow and the scenarios of the last run it touches.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD",
            description = "The old version: a flow file, or REV:PATH for a version in git (HEAD~1:flows/agent-transfer.json).")
    private String oldVersion;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new version, the same way.")
    private String newVersion;

    @Option(names = "--report", paramLabel = "DIR",
            description = "The report folder of the last run, and where diff.html goes (default: reports/ of the project).")
    private Path report;

    @Mixin
    private ProjectOptions projectOptions = new ProjectOptions();

    @Override
    public Integer call() {
        Flow before = load(oldVersion);
        Flow after = load(newVersion);
        FlowDiff diff = FlowDiff.between(before, after);
        PrintWriter out = spec.commandLine().getOut();
        List<String> lines = diff.describe();
        out.println(oldVersion + " -> " + newVersion + ": " + (lines.isEmpty() ? "no differences"
                : lines.size() + " difference" + (lines.size() == 1 ? "" : "s")));
        lines.forEach(line -> out.println("  " + line));
        Path reports = report != null ? report : projectOptions.find(System.err).reports();
        if (!diff.isEmpty()) {
            String flowName = flowName(after, projectOptions);
            touchedScenarios(diff, flowName, reports, out);
            Path html = FlowDiffPage.write(reports, before, after, diff, flowName);
            out.println("picture: " + html);
        }
        out.flush();
        return diff.isEmpty() ? 0 : 1;
    }

    /** A file, or {@code REV:PATH} read with git. */
    private Flow load(String version) {
        Path file = Path.of(version);
        try {
            if (Files.isRegularFile(file)) {
                return FlowParser.parseFile(file);
            }
            int colon = version.indexOf(':');
            if (colon > 0) {
                return FlowParser.parseText(version, gitShow(version));
            }
        } catch (FlowParseException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        throw new ParameterException(spec.commandLine(), "no such flow file: " + version
                + " (or give a version in git as REV:PATH, such as HEAD~1:flows/agent-transfer.json)");
    }

    private String gitShow(String version) {
        try {
            Process git = new ProcessBuilder("git", "show", version).redirectErrorStream(true).start();
            byte[] output = git.getInputStream().readAllBytes();
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
                String why = new String(output, StandardCharsets.UTF_8).lines().findFirst().orElse("git failed");
                throw new ParameterException(spec.commandLine(), "cannot read " + version + " from git: " + why);
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot run git to read " + version + ": "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParameterException(spec.commandLine(), "interrupted while reading " + version + " from git");
        }
    }

    /** The name the project's instance gives the new version's file, else the flow's own name. */
    private static String flowName(Flow after, ProjectOptions projectOptions) {
        Path source = Path.of(after.source()).toAbsolutePath().normalize();
        try {
            FlowLibrary flows = ProjectInstance.of(projectOptions.find(System.err)).flows();
            for (FlowLibrary.Entry entry : flows.all()) {
                if (Path.of(entry.flow().source()).toAbsolutePath().normalize().equals(source)) {
                    return entry.name();
                }
            }
        } catch (RuntimeException e) {
            // no project instance here: fall back to the flow's own name
        }
        return after.name();
    }

    private static void touchedScenarios(FlowDiff diff, String flowName, Path reports, PrintWriter out) {
        Optional<List<String>> hits = FlowDiffPage.scenariosThrough(reports, diff, flowName);
        if (hits.isEmpty()) {
            out.println("scenarios: no last run in " + reports.resolve("coverage").resolve(CoverageReport.VISITS_FILE)
                    + " (./connect-sim run writes it)");
            return;
        }
        out.println("scenarios of the last run through the changes of " + flowName + ": " + hits.get().size());
        hits.get().forEach(hit -> out.println("  " + hit));
    }
}
