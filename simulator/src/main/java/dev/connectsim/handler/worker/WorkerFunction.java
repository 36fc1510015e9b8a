package dev.connectsim.handler.worker;

import dev.connectsim.handler.BadHandlerBinding;
import dev.connectsim.handler.FunctionEnvironment;
import dev.connectsim.handler.HandlerBinding;
import dev.connectsim.handler.LambdaNames;
import dev.connectsim.lambda.ColdStart;
import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.FunctionCannotRun;
import dev.connectsim.lambda.LambdaContext;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaReply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team's Node.js or Python handler, bound as a function: the code checked when the instance file loads, and a worker
 * process for each execution environment ({@link #newEnvironment(ColdStart)}).
 *
 * <p>Design note: loading checks what can be checked without running an invocation: the code folder, the handler's
 * form and file ({@link HandlerFiles}), then a probe worker that loads the module as the runtime would and reports a
 * syntax error (with the file and line) or a missing export; the probe ends at once. It also tells the program's real
 * path, which the environments then start directly (a version manager's shim, such as pyenv's, costs seconds per
 * start on a busy machine). A machine without the runtime's
 * program on its PATH still loads the binding, so scenarios that do not call the function run; one that does fails
 * with {@link FunctionCannotRun} naming the runtime it needs. The function object itself serves no invocation: every
 * environment gets a {@link WorkerEnvironment} of its own, which starts its worker on its first invocation.
 */
public final class WorkerFunction implements LambdaFunction {

    /** Real time a worker may take to load the handler's module before it counts as hung. */
    static final Duration INIT_GUARD = Duration.ofSeconds(30);

    private final HandlerBinding binding;
    private final WorkerLanguage language;
    private Optional<Path> program;

    private WorkerFunction(HandlerBinding binding, WorkerLanguage language, Optional<Path> program) {
        this.binding = binding;
        this.language = language;
        this.program = program;
    }

    /** Whether a worker runs {@code runtime}'s handlers (the Node.js and Python runtimes). */
    public static boolean runs(String runtime) {
        return WorkerLanguage.of(runtime).isPresent();
    }

    /** Every runtime a worker runs. */
    public static List<String> runtimes() {
        return WorkerLanguage.allRuntimes();
    }

    /** The function {@code binding} describes, its program found on this JVM's PATH. */
    public static WorkerFunction load(HandlerBinding binding) {
        return load(binding, Executables.fromEnvironment());
    }

    static WorkerFunction load(HandlerBinding binding, Executables executables) {
        WorkerLanguage language = WorkerLanguage.of(binding.runtime().strip()).orElseThrow(
                () -> new IllegalArgumentException("no worker runs " + binding.runtime()));
        HandlerFiles.check(binding, language);
        FunctionEnvironment.check(binding);
        Optional<Path> program = executables.find(language.programs());
        WorkerFunction function = new WorkerFunction(binding, language, program);
        if (program.isPresent()) {
            function.probe();
        }
        return function;
    }

    private void probe() {
        try (WorkerProcess worker = start(FunctionEnvironment.of(binding, FunctionEnvironment.checkStart(binding)))) {
            Map<String, Object> reply = worker.request(init(0, 0), INIT_GUARD).orElseThrow(
                    () -> new BadHandlerBinding("handler", "the handler's module did not load within "
                            + INIT_GUARD.toSeconds() + " s of real time"));
            if (!Boolean.TRUE.equals(reply.get("ready"))) {
                throw new BadHandlerBinding("handler", HandlerFiles.loadProblem(binding, reply));
            }
            if (reply.get("executable") instanceof String executable && Files.isExecutable(Path.of(executable))) {
                program = Optional.of(Path.of(executable));
            }
        } catch (WorkerProcess.WorkerFailed e) {
            throw new BadHandlerBinding("handler", "the handler's module does not load: " + e.getMessage(), e);
        }
    }

    /**
     * A new worker process for an execution environment whose variables are {@code variables}
     * ({@link FunctionEnvironment#of}), not yet told its handler.
     */
    WorkerProcess start(Map<String, String> variables) {
        Path script = WorkerScripts.of(language);
        return WorkerProcess.start(List.of(program.orElseThrow(this::cannotRun).toString(), script.toString()),
                binding.code().toAbsolutePath().normalize(), environment(variables));
    }

    /** The worker's first request: load the handler, at virtual epoch millisecond {@code now}, seeded. */
    Map<String, Object> init(long now, long seed) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("type", "init");
        request.put("root", binding.code().toAbsolutePath().normalize().toString());
        request.put("handler", binding.handler().strip());
        request.put("now", now);
        request.put("seed", seed);
        request.put("functionName", LambdaNames.functionName(binding.functionArn()));
        request.put("memory", binding.memoryMb());
        return request;
    }

    /**
     * What the handler's process sees as its environment: the runtime's own variables (PATH, so the runtime finds
     * its programs, and unbuffered, uncached Python), then the execution environment's {@code variables}.
     */
    private static Map<String, String> environment(Map<String, String> variables) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PATH", Optional.ofNullable(System.getenv("PATH")).orElse(""));
        environment.put("PYTHONDONTWRITEBYTECODE", "1");
        environment.put("PYTHONUNBUFFERED", "1");
        environment.putAll(variables);
        return environment;
    }

    FunctionCannotRun cannotRun() {
        return new FunctionCannotRun("the function " + binding.functionArn() + " needs " + language.displayName()
                + " (runtime " + binding.runtime().strip() + "), and no " + String.join(" or ",
                        language.programs()) + " is on the PATH: install "
                + language.displayName() + " or put it on the PATH to run its scenarios");
    }

    HandlerBinding binding() {
        return binding;
    }

    /** A worker process for one new execution environment, started on its first invocation. */
    @Override
    public LambdaFunction newEnvironment(ColdStart start) {
        return new WorkerEnvironment(this, start);
    }

    /** Never called: the runtime calls the code of an environment ({@link #newEnvironment(ColdStart)}). */
    @Override
    public LambdaReply handle(ContactFlowEvent event, LambdaContext context) {
        throw new IllegalStateException(this + " serves no invocation itself; its environments do");
    }

    @Override
    public String toString() {
        return binding.runtime() + " handler " + binding.handler() + " from " + binding.codeAsWritten();
    }
}
