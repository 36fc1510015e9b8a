package dev.connectsim.cli;

import dev.connectsim.flow.coverage.FlowCoverage;
import dev.connectsim.harness.report.CoverageReport;
import dev.connectsim.harness.report.CoverageThreshold;
import dev.connectsim.harness.report.MergedReport;
import dev.connectsim.harness.report.PlantUmlSvg;
import dev.connectsim.harness.report.ReportFolderLock;
import dev.connectsim.harness.report.RunSummary;
import dev.connectsim.harness.report.ScenarioResult;
import dev.connectsim.project.Project;
import dev.connectsim.project.ProjectInstance;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code connect-sim report merge DIR... [--report OUT]}: the report folders of a run's shards ({@code run --shard
 * I/N}, one CI job each) put together into one report folder with the whole run's counts and coverage. It prints
 * what a run prints at its end (the coverage lines, each failed scenario, the report, the counts) and exits 0 when
 * every scenario passed and every shard of the split is there, 1 when a scenario failed, a shard is missing, a flow is
 * under {@code --min-coverage} or the folders are not the shards of one run (the same scenario twice), 2 on bad usage
 * (a folder that is not a run's report folder).
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merges the report folders of a run's shards (run --shard I/N) into one: connect-sim.html,"
                + " junit.xml, coverage/ and allure-results/, with the whole run's counts.")
final class ReportMergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "The shards' report folders (what run --report"
            + " wrote, such as reports/).")
    private List<Path> folders;

    @Option(names = "--report", paramLabel = "OUT", description = "Where the merged report goes (default: reports/ of"
            + " the project); not one of the DIRs.")
    private Path report;

    @Mixin
    private ProjectOptions projectOptions = new ProjectOptions();

    @Option(names = "--min-coverage", paramLabel = "PERCENT", converter = PercentConverter.class,
            description = "Fail when a flow has fewer of its transitions covered by the whole run, naming the"
                    + " uncovered ones.")
    private Integer minCoverage;

    @Override
    public Integer call() {
        Project project = projectOptions.find(System.err);
        Path out = report == null ? project.reports() : report;
        for (Path folder : folders) {
            if (folder.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new ParameterException(spec.commandLine(), "the merged report would overwrite the shard's "
                        + folder + ": give --report another folder");
            }
        }
        MergedReport merged;
        try {
            merged = MergedReport.of(folders);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PlantUmlSvg.keepOnDisk();
        List<FlowCoverage> coverage;
        // held as a run holds its report folder: a run or another merge writing into it meanwhile would mix them
        try (ReportFolderLock held = ReportFolderLock.take(out)) {
            coverage = merged.writeTo(out, ProjectInstance.of(project).flows());
        }
        PrintWriter print = spec.commandLine().getOut();
        CoverageReport.lines(coverage).forEach(print::println);
        for (ScenarioResult scenario : merged.record().scenarios()) {
            if (!scenario.passed()) {
                print.println("FAILED " + scenario.where() + " " + scenario.name() + " (" + scenario.status() + ")");
            }
        }
        boolean covered = minCoverage == null
                || CoverageThreshold.check(out.resolve("coverage").resolve("coverage.json"), minCoverage, print);
        print.println("report: " + out.resolve("connect-sim.html"));
        long passed = merged.record().passed();
        print.println(RunSummary.counts(passed, merged.record().scenarios().size() - passed));
        print.flush();
        boolean whole = merged.missingShards().isEmpty();
        if (!whole) {
            spec.commandLine().getErr().println("connect-sim: shard " + String.join(", ", merged.missingShards())
                    + (merged.missingShards().size() == 1 ? " is" : " are") + " missing: these counts are not the"
                    + " whole run's");
            spec.commandLine().getErr().flush();
        }
        return whole && covered && passed == merged.record().scenarios().size() ? 0 : OneLineErrorHandler.EXIT_FAILURE;
    }
}
