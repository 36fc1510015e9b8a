package dev.connectsim.cli;

import dev.connectsim.harness.RunChecks;
import dev.connectsim.harness.report.AllureEnvironment;
import dev.connectsim.harness.report.AllureResultsQueue;
import dev.connectsim.harness.report.CoverageReport;
import dev.connectsim.harness.report.CoverageThreshold;
import dev.connectsim.harness.report.CucumberHtml;
import dev.connectsim.harness.report.HtmlReport;
import dev.connectsim.harness.report.MergedReport;
import dev.connectsim.harness.report.PlantUmlSvg;
import dev.connectsim.harness.report.ReportFolderLock;
import dev.connectsim.harness.report.RunProgress;
import dev.connectsim.harness.report.RunRecord;
import dev.connectsim.harness.report.RunSummary;
import dev.connectsim.harness.report.RunTimings;
import dev.connectsim.harness.salesforce.CallCenterKeys;
import dev.connectsim.harness.salesforce.SalesforceStubs;
import dev.connectsim.project.Project;
import dev.connectsim.project.ProjectInstance;
import dev.connectsim.sandbox.SandboxConfig;
import dev.connectsim.scv.HttpTelephonyApi;
import dev.connectsim.sandbox.SandboxRunPrinter;
import dev.connectsim.sandbox.SandboxSession;
import dev.connectsim.sim.Simulation;
import dev.connectsim.streams.NodeHosts;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code connect-sim run}: runs the Gherkin features with Cucumber against the simulator, scenarios in parallel,
 * and writes under the report folder a single-file HTML report ({@code connect-sim.html}, with each scenario's
 * timeline picture and Salesforce journal), JUnit XML ({@code junit.xml}) and Allure results
 * ({@code allure-results/}). Exit 0 when every scenario passed, 1 when one failed or none was selected, 2 on bad
 * usage. {@code --shard I/N} runs one part of the scenarios ({@link Shard}); {@code report merge} puts the parts'
 * reports together.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the features against the simulator (or a sandbox instance); writes the HTML report, JUnit"
                + " XML and Allure results.")
final class RunCommand implements Callable<Integer> {

    static final String GLUE = "dev.connectsim.harness.steps";
    /** Where Allure writes; an explicit -Dallure.results.directory wins over the report folder's allure-results/. */
    static final String ALLURE_RESULTS = HtmlReport.ALLURE_RESULTS;

    enum Target { simulator, sandbox }

    @Spec
    private CommandSpec spec;

    @Option(names = "--features", paramLabel = "PATH", arity = "1..*",
            description = "Feature files or folders (default: features/ of the project); FILE:LINE runs the scenario"
                    + " at that line, FILE:LINE:LINE... several.")
    private List<Path> features = new ArrayList<>();

    @Option(names = "--shard", paramLabel = "I/N", converter = Shard.Converter.class,
            description = "Run the I-th of N parts of the scenarios (the same split on every machine); report merge"
                    + " puts the parts' reports together.")
    private Shard shard;

    @Option(names = "--tags", paramLabel = "EXPR", description = "Only scenarios whose tags match, such as '@smoke and not @slow'.")
    private String tags;

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = "simulator",
            description = "simulator (default) or sandbox.")
    private Target target;

    @Option(names = "--report", paramLabel = "DIR", description = "Where the reports go (default: reports/ of the project).")
    private Path report;

    @Option(names = "--threads", paramLabel = "N",
            description = "Scenarios run at once (default: the number of processors plus one).")
    private int threads = Runtime.getRuntime().availableProcessors() + 1;

    @Mixin
    private ProjectOptions projectOptions = new ProjectOptions();

    /** With --target sandbox only; --dry-run prints, per scenario, the calls it would make or why it is skipped. */
    @Mixin
    private SandboxOptions sandbox = new SandboxOptions();

    @Option(names = "--min-coverage", paramLabel = "PERCENT", converter = PercentConverter.class,
            description = "Fail the run when a flow has fewer of its transitions covered, naming the uncovered ones.")
    private Integer minCoverage;

    @Override
    public Integer call() {
        if (target == Target.simulator && sandbox.given()) {
            throw new ParameterException(spec.commandLine(), "--dry-run, --sandbox-config, --sandbox-instance, --region and"
                    + " --profile apply to --target sandbox only");
        }
        if (target == Target.sandbox && minCoverage != null) {
            throw new ParameterException(spec.commandLine(), "--min-coverage applies to --target simulator only: a"
                    + " sandbox run cannot see which flow blocks ran");
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
        if (shard != null && (target == Target.sandbox || minCoverage != null)) {
            throw new ParameterException(spec.commandLine(), target == Target.sandbox
                    ? "--shard applies to --target simulator only: a sandbox run goes one scenario at a time"
                    : "--min-coverage applies to a whole run, not to one shard: give it to report merge");
        }
        Project project = projectOptions.find(System.err);
        Path reports = report == null ? project.reports() : report;
        // the folder this run writes is its own until it ends (a sandbox run writes sandbox/ in it; a dry run nothing)
        try (ReportFolderLock held = target == Target.simulator ? ReportFolderLock.take(reports)
                : sandbox.dryRun ? null : ReportFolderLock.take(reports.resolve("sandbox"))) {
            return runInto(project, reports);
        }
    }

    private int runInto(Project project, Path reports) {
        // the instance file and the stubs checked on another thread while the scenarios are chosen and Cucumber starts
        RunChecks checks = target == Target.simulator ? RunChecks.start(project) : null;
        RunScenarios scenarios = RunScenarios.choose(spec.commandLine(), project.root(), features, tags, shard);
        if (target == Target.sandbox) {
            return onSandbox(project, scenarios, reports);
        }
        if (scenarios.scenarios().isEmpty()) {
            MergedReport.emptyShard(shard.toString()).writeTo(reports, ProjectInstance.of(project).flows());
            spec.commandLine().getOut().println(scenarios.emptyShardLine());
            spec.commandLine().getOut().flush();
            return 0;
        }
        // a folder named by allure.results.directory keeps what it holds, as with Allure's own writer
        boolean emptied = System.getProperty(ALLURE_RESULTS) == null;
        if (emptied) {
            System.setProperty(ALLURE_RESULTS, reports.resolve("allure-results").toString());
        }
        Path allureResults = Path.of(System.getProperty(ALLURE_RESULTS));
        AllureResultsQueue.install(allureResults, emptied);
        AllureEnvironment.write(allureResults, environment(project));
        System.setProperty("cucumber.publish.quiet", "true");
        try (ProjectOptions.Handover named = ProjectOptions.handOn(project)) {
            return onSimulator(project, scenarios, reports, checks);
        }
    }

    /** What Allure's report shows as the run's environment. */
    private static Map<String, String> environment(Project project) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("connect-sim", VersionProvider.version());
        values.put("seed", Long.toString(Simulation.DEFAULT_SEED));
        values.put("instance file", project.instanceFile().toString());
        values.put("Java", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        return values;
    }

    private int onSimulator(Project project, RunScenarios scenarios, Path reports, RunChecks checks) {
        // the simulated Salesforce's key, read (or made, the first time) on the other core while the run starts up,
        // and the telephony function's HTTP client
        CallCenterKeys.prepareInBackground();
        HttpTelephonyApi.prepareInBackground();
        RunTimings.mark("waiting for the checks: the instance file (flows, Lambda bindings, probes), the stubs");
        checks.await();
        // each scenario thread's simulated Salesforce starts while Cucumber starts, not in its first scenario
        project.stubs().ifPresent(stubs -> SalesforceStubs.prestart(stubs,
                Math.min(threads, scenarios.scenarios().size())));
        // Node.js and the Streams bundle start while Cucumber starts up, not in the first scenarios that open a CCP page
        PageHostStart.forRun(scenarios.scenarios(), threads, project.root());
        PlantUmlSvg.keepOnDisk();
        RunTimings.mark("Cucumber: start (glue, plugins, features parsed)");
        // RunProgress first, to close its bar before the others print; RunSummary last, to end with the counts.
        List<String> argv = new ArrayList<>(List.of("--glue", GLUE, "--threads", Integer.toString(threads), "--no-summary",
                "--plugin", RunProgress.class.getName() + ":" + scenarios.scenarios().size(),
                "--plugin", RunTimings.class.getName() + ":" + scenarios.scenarios().size(),
                "--plugin", CoverageReport.class.getName() + ":" + reports,
                "--plugin", HtmlReport.class.getName() + ":" + reports.resolve("connect-sim.html"),
                "--plugin", CucumberHtml.class.getName() + ":" + reports.resolve("cucumber.html"),
                "--plugin", "junit:" + reports.resolve("junit.xml"),
                "--plugin", "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm",
                "--plugin", RunSummary.class.getName() + ":" + reports.resolve("connect-sim.html")));
        byte status;
        try {
            status = cucumber(argv, scenarios);
        } finally {
            RunTimings.mark("stopping the Node.js page hosts");
            NodeHosts.closeAll();
            AllureResultsQueue.closeInstalled(Path.of(System.getProperty(ALLURE_RESULTS)));
            CucumberHtml.closeAll();
        }
        if (shard != null) {
            Path record = reports.resolve(RunRecord.FILE);
            RunRecord.read(record).asShard(shard.toString()).write(record);
        }
        boolean covered = minCoverage == null || CoverageThreshold.check(reports.resolve("coverage")
                .resolve("coverage.json"), minCoverage, spec.commandLine().getOut());
        RunTimings.print(System.err);
        return status == 0 && covered ? 0 : 1;
    }

    /**
     * The features on the sandbox, one scenario at a time (the Connect API's rate limits are per account): the
     * flows are published first; the reports go to the report folder's sandbox/ (none for a dry run).
     */
    private int onSandbox(Project project, RunScenarios scenarios, Path reports) {
        PrintStream out = System.out;
        SandboxConfig config = sandbox.settings(project.root(), out);
        boolean dryRun = sandbox.dryRun;
        List<String> argv = new ArrayList<>(List.of("--glue", GLUE, "--threads", "1", "--no-summary",
                "--plugin", SandboxRunPrinter.class.getName()));
        if (!dryRun) {
            argv.addAll(List.of("--plugin", HtmlReport.class.getName() + ":" + reports.resolve("sandbox")
                    .resolve("connect-sim.html"), "--plugin", "junit:" + reports.resolve("sandbox")
                    .resolve("junit.xml")));
        }
        try (ProjectOptions.Handover named = ProjectOptions.handOn(project);
                SandboxSession session = SandboxSession.start(project, SandboxSession.driver(config, dryRun, out),
                        out)) {
            byte status = cucumber(argv, scenarios);
            return status == 0 && session.allPublished() ? 0 : 1;
        }
    }

    /** Runs Cucumber on exactly {@code scenarios}, given as file:line arguments (the tags are applied already). */
    private static byte cucumber(List<String> argv, RunScenarios scenarios) {
        argv.addAll(scenarios.cucumberArguments());
        return io.cucumber.core.cli.Main.run(argv.toArray(String[]::new),
                Thread.currentThread().getContextClassLoader());
    }
}
