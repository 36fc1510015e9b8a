package dev.connectsim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectsim.flow.FlowParseException;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.FlowParser;
import dev.connectsim.flow.lint.Finding;
import dev.connectsim.flow.lint.FlowValidator;
import dev.connectsim.flow.lint.KnownNames;
import dev.connectsim.flow.lint.TransferCycles;
import dev.connectsim.flow.lint.Rule;
import dev.connectsim.flow.lint.Rules;
import dev.connectsim.project.Project;
import dev.connectsim.project.ProjectNotFound;
import dev.connectsim.setup.InstanceFile;
import dev.connectsim.setup.InstanceFileException;
import dev.connectsim.setup.InstanceNames;
import dev.connectsim.setup.SimulatedInstance;
import dev.connectsim.text.NearestName;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code connect-sim validate [PATH...] [--instance-file FILE|none] [--format text|json|sarif] [--rules]}: checks flow
 * files against the rules of {@link Rules} and prints one line per finding, then {@code N files, N errors,
 * N warnings} (or one JSON object, or one SARIF 2.1.0 log: {@link SarifLog}). A file that does not load is one
 * {@code parse} finding; the other files are still checked.
 * The queues, agents, hours, flows and Lambda functions the flows name are checked against an instance file
 * ({@link InstanceNames}): {@code --instance-file FILE}, else the project's {@code flows/instance.yaml} when a
 * project is found ({@link Project#find()}); {@code --instance-file none} turns the check off. Without PATH, the
 * project's {@code flows/} folder is checked; when a PATH is a folder, so are the flows the instance file names outside
 * it. YAML files among the PATHs are instance files and are skipped. With an instance file, TransferToFlow cycles
 * within and between flows are {@code endless-loop} errors ({@link TransferCycles}).
 *
 * <p>Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 bad usage (no PATH and no project, a path
 * that does not exist or is neither a regular file nor a folder, a folder without {@code *.json} files, an unknown
 * {@code --format}, an instance file that does not load, is empty or is not a regular file):
 * one line on stderr. An instance file that does not load only because one of its flow files does not is not bad
 * usage: references go unchecked, with one line on stderr saying why, and the flow files are still checked.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, modelTransformer = ValidateCommand.RuleTable.class,
        description = {"Check flow files for what Amazon Connect would reject or what would strand a caller.",
            "PATH is a flow file, or a folder: every *.json below it, in name order (default: flows/ of the"
                + " project), and the flows the instance file names outside it. YAML files among the PATHs are"
                + " instance files, not flows: they are skipped.",
            "The queues, agents, hours of operation, flows and Lambda functions the flows name are looked up in"
                + " the instance file (see --instance-file).",
            "--format sarif prints one SARIF 2.1.0 log (file paths relative to the current folder), which GitHub"
                + " code scanning and other CI systems read.",
            "Exit 0 when there is no error (warnings allowed), 1 when there is one, 2 on bad usage."})
final class ValidateCommand implements Callable<Integer> {

    static final int EXIT_BAD_USAGE = 2;
    /** The {@code --instance-file} value that turns the reference check off. */
    static final String NO_INSTANCE = "none";
    private static final List<String> FORMATS = List.of("text", "json", "sarif");

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Flow files or folders of flows.")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per finding, then a summary), json (one object) or sarif (one SARIF 2.1.0"
                + " log, for code scanning) (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--instance-file", paramLabel = "FILE|none",
            description = {"The instance file (flows/README.md) whose queues, agents, hours of operation, flows and"
                + " Lambda functions the flows' static references must name (unknown-reference warnings);"
                + " none: do not check them.",
                "Default: flows/instance.yaml of the project when one is found, else none."})
    private String instance;

    @Option(names = ProjectOptions.PROJECT, paramLabel = "DIR",
            description = "The project whose flows/ and instance file are the defaults (default: the current folder"
                    + " or the nearest folder above it that holds flows/instance.yaml).")
    private Path project;

    @Option(names = {"-v", "--verbose"}, description = "Say which project and instance file the command uses.")
    private boolean verbose;

    @Option(names = "--rules", description = "List the rules (id, severity, what each checks) and exit.")
    private boolean listRules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (listRules) {
            ruleLines().forEach(out::println);
            out.flush();
            return 0;
        }
        String chosen = format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(chosen)) {
            return badUsage("unknown --format " + quote(format) + " (expected text, json or sarif)"
                    + NearestName.hint(FORMATS, format));
        }
        Optional<Project> found;
        try {
            found = project();
        } catch (ProjectNotFound e) {
            return badUsage(e.getMessage());
        }
        if (verbose) {
            note(found.map(Project::describe).orElse("no project: paths as given, instance file "
                    + (instance == null ? "none" : instance)));
        }
        if (paths.isEmpty()) {
            if (found.isEmpty()) {
                return badUsage("no PATH given and no project here (expected flow files or folders of flows, or a"
                        + " folder with flows/instance.yaml)");
            }
            Path here = Path.of("").toAbsolutePath();
            Path flows = found.get().root().resolve("flows");
            paths.add((flows.startsWith(here) ? here.relativize(flows) : flows).toString());
        }
        List<Path> files = new ArrayList<>();
        for (String path : paths) {
            String problem = collect(path, files);
            if (problem != null) {
                return badUsage(problem);
            }
        }
        if (files.isEmpty()) {
            return badUsage("no flow files among the PATHs (YAML files are instance files, not flows: pass one with"
                    + " --instance-file)");
        }
        Optional<Path> instanceFile;
        try {
            instanceFile = instanceFile(instance, found);
        } catch (IllegalArgumentException e) {
            return badUsage(e.getMessage());
        }
        KnownNames names = KnownNames.NONE;
        SimulatedInstance loaded = null;
        if (instanceFile.isPresent()) {
            try {
                loaded = InstanceFile.load(instanceFile.get());
                names = InstanceNames.of(loaded);
            } catch (InstanceFileException e) {
                if (!(e.getCause() instanceof FlowParseException)) {
                    return badUsage(e.getMessage());
                }
                note("references not checked: " + e.getMessage());
            }
        }
        if (loaded != null && belongsTo(instanceFile.get(), instance != null)) {
            addFlowsOutside(loaded, files);
        }
        Map<Path, List<Finding>> cycles = transferCycles(loaded, files);
        List<Finding> findings = new ArrayList<>();
        for (Path file : new LinkedHashSet<>(files)) {
            findings.addAll(check(file, names));
            findings.addAll(cycles.getOrDefault(normal(file), List.of()));
        }
        int fileCount = new LinkedHashSet<>(files).size();
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        if (chosen.equals("json")) {
            out.println(json(fileCount, errors, warnings, findings));
        } else if (chosen.equals("sarif")) {
            out.println(sarif(new ArrayList<>(new LinkedHashSet<>(files)), findings));
        } else {
            findings.forEach(out::println);
            out.println(fileCount + (fileCount == 1 ? " file, " : " files, ") + errors
                    + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        out.flush();
        return errors > 0 ? OneLineErrorHandler.EXIT_FAILURE : 0;
    }

    /**
     * The instance file to check references against: {@code option} ({@code --instance-file}) when given, empty
     * for {@code none}; without it the instance file of {@code project}, if there is one.
     *
     * @throws IllegalArgumentException for an option that is blank or not a path, with a one-line message
     */
    static Optional<Path> instanceFile(String option, Optional<Project> project) {
        if (option == null) {
            return project.map(Project::instanceFile);
        }
        if (option.equalsIgnoreCase(NO_INSTANCE)) {
            return Optional.empty();
        }
        if (option.isBlank()) {
            throw new IllegalArgumentException("--instance-file is empty (expected an instance file, or none)");
        }
        try {
            return Optional.of(Path.of(option));
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("--instance-file is not a valid path: " + quote(option), e);
        }
    }

    /**
     * The TransferToFlow cycles among the instance's flows (within one flow or between flows), by the file to report
     * them in, among {@code files}; none without an instance.
     */
    private static Map<Path, List<Finding>> transferCycles(SimulatedInstance instance, List<Path> files) {
        if (instance == null) {
            return Map.of();
        }
        Set<Path> validated = new HashSet<>();
        files.forEach(file -> validated.add(normal(file)));
        Map<Path, List<Finding>> byFile = new HashMap<>();
        for (Finding finding : TransferCycles.find(instance.flows(), source -> validated.contains(normal(
                Path.of(source))))) {
            byFile.computeIfAbsent(normal(Path.of(finding.file())), f -> new ArrayList<>()).add(finding);
        }
        return byFile;
    }

    /**
     * Whether the flows of {@code instanceFile} are checked with a folder PATH: when a PATH is a folder, and the instance
     * file was named ({@code named}) or lies in that folder (the project's {@code flows/}), not when the project's
     * instance file merely stands by while another folder is checked.
     */
    private boolean belongsTo(Path instanceFile, boolean named) {
        Path file = normal(instanceFile);
        return paths.stream().map(Path::of).filter(Files::isDirectory)
                .anyMatch(folder -> named || file.startsWith(normal(folder)));
    }

    /**
     * Adds to {@code files} the flows {@code instance} names that are not among them: {@code validate FOLDER} checks
     * every flow the instance file names, also those kept outside the folder.
     */
    private static void addFlowsOutside(SimulatedInstance instance, List<Path> files) {
        Set<Path> listed = new HashSet<>();
        files.forEach(file -> listed.add(normal(file)));
        for (FlowLibrary.Entry entry : instance.flows().all()) {
            Path file = Path.of(entry.flow().source());
            if (listed.add(normal(file))) {
                files.add(file);
            }
        }
    }

    private static Path normal(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /** The findings for one file: its parse failure, or what the rules say. */
    private static List<Finding> check(Path file, KnownNames names) {
        try {
            return FlowValidator.validate(FlowParser.parseFile(file), names);
        } catch (FlowParseException e) {
            return List.of(FlowValidator.parseFailure(e));
        }
    }

    /** Adds the flow files of {@code path} to {@code files}; returns what is wrong with it, or null. */
    private static String collect(String path, List<Path> files) {
        Path at;
        try {
            at = Path.of(path);
        } catch (InvalidPathException e) {
            return "not a valid path: " + quote(path);
        }
        if (Files.isDirectory(at)) {
            List<Path> found = jsonFilesBelow(at);
            if (found.isEmpty()) {
                return "no *.json flow files in the folder " + path;
            }
            files.addAll(found);
            return null;
        }
        if (!Files.exists(at)) {
            return "no such file or folder: " + path;
        }
        if (!Files.isRegularFile(at)) {
            return "not a regular file or a folder: " + path + " (a FIFO, a device or a socket is never read)";
        }
        if (!isYaml(at)) {
            files.add(at);
        }
        return null;
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static List<Path> jsonFilesBelow(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the folder " + folder + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot list the folder " + folder + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /**
     * The project {@code --project} names, or else the one found from the working directory, if any.
     *
     * @throws ProjectNotFound when {@code --project} names a folder that is not a project
     */
    private Optional<Project> project() {
        Path here = Path.of("").toAbsolutePath();
        if (project != null) {
            return Optional.of(Project.find(here, project.toString(), null));
        }
        try {
            return Optional.of(Project.find(here, null, null));
        } catch (ProjectNotFound e) {
            return Optional.empty();
        }
    }

    private int badUsage(String problem) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.root().name() + ": " + problem + " (usage: " + spec.root().name()
                + " validate [PATH...] [--instance-file FILE|none] [--format text|json|sarif])");
        err.flush();
        return EXIT_BAD_USAGE;
    }

    private void note(String line) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.root().name() + ": " + line);
        err.flush();
    }

    private static String json(int files, long errors, long warnings, List<Finding> findings) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("files", files);
        root.put("errors", errors);
        root.put("warnings", warnings);
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode item = list.addObject();
            item.put("file", f.file());
            item.put("rule", f.rule());
            item.put("severity", f.severity().label());
            item.put("action", f.action());
            item.put("pointer", f.pointer());
            item.put("message", f.message());
            item.put("hint", f.hint());
        }
        return root.toString();
    }

    /** The SARIF log of the run, pretty-printed; file URIs are relative to the working directory. */
    private static String sarif(List<Path> files, List<Finding> findings) {
        String version = VersionProvider.version();
        ObjectNode log = SarifLog.of(files.stream().map(Path::toString).toList(), findings, Path.of(""),
                version.startsWith("(") ? null : version);
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(log);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the SARIF log: " + e.getMessage(), e);
        }
    }

    /** The rule table: id, severity, description, aligned. */
    static List<String> ruleLines() {
        int width = Rules.all().stream().mapToInt(r -> r.id().length()).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            lines.add(String.format(Locale.ROOT, "%-" + width + "s  %-7s  %s", rule.id(), rule.severity().label(),
                    rule.description()));
        }
        return lines;
    }

    private static String quote(String value) {
        return "'" + value.replaceAll("\\R", " ") + "'";
    }

    /** Lists the rules at the end of {@code validate --help}. */
    static final class RuleTable implements CommandLine.IModelTransformer {

        @Override
        public CommandSpec transform(CommandSpec spec) {
            int width = Rules.all().stream().mapToInt(r -> r.id().length()).max().orElse(0);
            List<String> footer = new ArrayList<>();
            footer.add("%nRules (--rules says what each checks):");
            Rules.all().forEach(rule -> footer.add(String.format(Locale.ROOT, "  %-" + width + "s  %s", rule.id(),
                    rule.severity().label())));
            spec.usageMessage().footer(footer.toArray(new String[0]));
            return spec;
        }
    }
}
