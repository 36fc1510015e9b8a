package dev.connectsim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectsim.bench.Bench;
import dev.connectsim.bench.BenchMode;
import dev.connectsim.bench.BenchPlan;
import dev.connectsim.bench.BenchRefused;
import dev.connectsim.bench.BenchReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code connect-sim bench}: places calls through the project's flows, from the inbound call to the agent it is
 * transferred to, or to a number given ({@code --number}) and through its flow, and prints its figures as one JSON
 * object on the last line of stdout ({@link BenchReport}); a progress bar on stderr meanwhile. Exit 0 when every call
 * ended with its records, 1 when one was lost, 2 on bad usage and on a run refused before it starts (a number the
 * instance lacks, a run that would not fit in the heap): one line {@code connect-sim: <problem>} on stderr.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark: calls through the project's flows, from the inbound call to the agent it is"
            + " transferred to, timed on the wall clock. The last line of stdout is one JSON object with the figures.",
            "Each call: the number's flow creates the VoiceCall and queues the call; an automatic agent accepts after"
                + " 2 s, talks 30 s, transfers to their partner's quick connect (the agent-transfer flow creates the"
                + " transfer VoiceCall) and leaves; the partner accepts after 2 s; the customer hangs up 60 s after"
                + " dialling; agents clear after 5 s of after-contact work.",
            "With --number, each call dials that number of the instance instead and runs its flow, the caller"
                + " entering what --press gives and the Lambda functions answering as the instance file binds them;"
                + " an agent who answers stays on until the customer hangs up.",
            "Exit 0 when no call was lost, 1 when one was, 2 on bad usage or a run refused before it starts (a"
                + " number the instance lacks, a run that would not fit in the heap)."})
final class BenchCommand implements Callable<Integer> {

    static final int EXIT_BAD_USAGE = 2;
    /**
     * Enough calls for the JIT to settle: with 5,000 a run timed C2 compiling; after 50,000 the JIT still compiled about
     * 600 methods and threw away 170 compiled ones during the timed run, which then made 29,000 to 56,000 calls per CPU
     * second from run to run; after 200,000, with the launcher's fixed young generation, 59,000 to 87,000
     * (docs/performance.md, "In memory"). Rounds of more calls follow until the JIT is nearly idle (Bench); the
     * report's jitCompileMillis shows what it still compiled.
     */
    private static final int MEMORY_WARM_UP = 200_000;
    /**
     * Enough calls over HTTP for the JIT to have compiled most of the request path (the client, WireMock, signing):
     * with 200 the timed run of 1,000 calls spent a fifth of its CPU on compiling, a third more than the floor after it;
     * with 1,000 its fractionOfFloor was 0.72 to 1.12 (median 0.78), with 3,000 0.84 to 1.02 (median 0.95) on a quiet
     * machine (docs/performance.md, "Over HTTP").
     */
    private static final int HTTP_WARM_UP = 3_000;
    private static final int MEMORY_LIVE = 100_000;
    private static final int HTTP_LIVE = 10_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--contacts", paramLabel = "N", defaultValue = "100000",
            description = "Calls to place (default: ${DEFAULT-VALUE}).")
    private int contacts;

    @Option(names = "--arrival-rate", paramLabel = "PER_SECOND", defaultValue = "5",
            description = "Calls arriving per virtual second, a Poisson process (default: ${DEFAULT-VALUE}).")
    private double arrivalRate;

    @Option(names = "--agents", paramLabel = "N",
            description = "Agents answering the calls; as many again take the transfers; with --number 0 leaves"
                + " queued calls waiting until their caller hangs up (default: enough for the arrival rate with a"
                + " fifth to spare, at most one per call and at most " + BenchPlan.DEFAULT_AGENTS_CAP + ").")
    private Integer agents;

    @Option(names = "--number", paramLabel = "E164",
            description = "Bench the flow of this phone number of the instance: every call dials it (default: the"
                + " agent-transfer calls to the instance's first number).")
    private String number;

    @Option(names = "--press", paramLabel = "DIGITS", split = ",", splitSynopsisLabel = ",",
            description = "With --number: what each caller enters at their input blocks, one entry a block, in order,"
                + " a second after its prompt; an empty entry presses nothing (the input times out), as do blocks"
                + " past the last entry. Example: --press 1,1234#")
    private List<String> press = new ArrayList<>();

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "memory",
            description = "memory: the telephony function answers in memory (engine speed); http: the real function,"
                + " a signed token and an HTTP request per VoiceCall, against an embedded WireMock Salesforce, and"
                + " the floor of those requests measured after the run (fractionOfFloor) (default: ${DEFAULT-VALUE}).")
    private BenchMode mode;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the run (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--shards", paramLabel = "N",
            description = "Independent simulations run side by side on their own threads, sharing the calls, the"
                + " rate and the agents; over HTTP each has its own Salesforce (default: 1 in memory, 2 per"
                + " processor over HTTP).")
    private Integer shards;

    @Option(names = "--live", paramLabel = "N",
            description = "Calls held on the line at once to measure the heap per call; 0 for no measure (default:"
                + " the contacts, at most " + MEMORY_LIVE + " in memory, " + HTTP_LIVE + " over HTTP).")
    private Integer live;

    @Option(names = "--warm-up", paramLabel = "N",
            description = "Calls run first and not counted, so the JIT has compiled the hot paths; in memory, rounds"
                + " of a tenth as many (at least 10,000, at most 30 rounds) follow until one passes with the JIT"
                + " nearly idle, and warmUpContacts says how many ran; 0 for none (default: "
                + MEMORY_WARM_UP + " in memory, " + HTTP_WARM_UP + " over HTTP).")
    private Integer warmUp;

    @Option(names = "--floor-batch", paramLabel = "N", defaultValue = "" + BenchPlan.DEFAULT_FLOOR_BATCH,
            description = "Over HTTP: requests in each batch of the floor measure, one token signed and one round"
                + " trip each, nothing else (after the timed run: 2 batches to warm up, then the median of 7); 0 for"
                + " no floor (default: ${DEFAULT-VALUE}).")
    private int floorBatch;

    /**
     * Bad option values and unknown options of {@code bench}: one line on stderr and exit 2, never the usage text or
     * a trace. Picocli asks the handler of the command line it runs, {@code root}; other commands keep its own.
     */
    static void reportUsageErrorsInOneLine(CommandLine root) {
        CommandLine.IParameterExceptionHandler standard = root.getParameterExceptionHandler();
        root.setParameterExceptionHandler((error, args) -> error.getCommandLine().getCommand() instanceof BenchCommand
                ? badUsage(error.getCommandLine(), error.getMessage())
                : standard.handleParseException(error, args));
    }

    @Mixin
    private ProjectOptions projectOptions = new ProjectOptions();

    @Override
    public Integer call() throws JsonProcessingException {
        BenchPlan plan;
        try {
            boolean memory = mode == BenchMode.MEMORY;
            int simulations = shards != null ? shards
                    : memory ? 1 : Math.max(1, Math.min(contacts, 2 * Runtime.getRuntime().availableProcessors()));
            plan = new BenchPlan(contacts, arrivalRate, agents != null ? agents
                    : Math.max(number == null ? simulations : 0, BenchPlan.agentsFor(arrivalRate, contacts,
                            number != null)), mode, seed, simulations,
                    live != null ? live : Math.min(contacts, memory ? MEMORY_LIVE : HTTP_LIVE),
                    warmUp != null ? warmUp : memory ? MEMORY_WARM_UP : HTTP_WARM_UP, number, press, floorBatch);
        } catch (IllegalArgumentException e) {
            return badUsage(spec.commandLine(), e.getMessage());
        }
        Bench bench;
        try {
            bench = Bench.prepare(projectOptions.find(System.err), plan);
        } catch (BenchRefused e) {
            return badUsage(spec.commandLine(), e.getMessage());
        }
        BenchReport report = bench.run();
        PrintWriter out = spec.commandLine().getOut();
        out.println(new ObjectMapper().writeValueAsString(report));
        out.flush();
        return report.lostContacts() == 0 ? 0 : OneLineErrorHandler.EXIT_FAILURE;
    }

    private static int badUsage(CommandLine commandLine, String problem) {
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getCommandSpec().root().name() + ": " + problem.strip().replaceAll("\\s*\\R\\s*", " ")
                + " (see connect-sim bench --help)");
        err.flush();
        return EXIT_BAD_USAGE;
    }
}
