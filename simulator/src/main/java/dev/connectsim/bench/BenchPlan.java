package dev.connectsim.bench;

import dev.connectsim.flow.run.Keypress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a bench run does.
 *
 * @param contacts    the calls to place
 * @param arrivalRate calls per virtual second, over all shards (a Poisson process)
 * @param agents      answering agents, over all shards; in the agent-transfer mode as many partners take the
 *                    transfers; with a {@code number}, 0 leaves queued calls waiting until their caller hangs up
 * @param mode        how the telephony function answers
 * @param seed        the seed of shard 0; shard n runs with {@code seed + n}
 * @param shards      independent simulations run side by side on their own threads, each with its share of the
 *                    calls, the rate and the agents (and, over HTTP, its own simulated Salesforce)
 * @param live        the calls held on the line at once for the heap measure; 0 for none
 * @param warmUp      calls run before the timed run and not counted, so the JIT has compiled the hot paths
 * @param number      the instance's phone number every call dials, its flow being the one benched; null for the
 *                    agent-transfer calls ({@link CallScript})
 * @param press       with a {@code number}: what each caller enters at their input blocks, in order, one entry a
 *                    block (digits, or empty to press nothing and let the input time out); empty for none
 * @param floorBatch  over HTTP: the requests in each batch of the floor measure ({@link HttpFloor}); 0 for none
 */
public record BenchPlan(int contacts, double arrivalRate, int agents, BenchMode mode, long seed, int shards, int live,
        int warmUp, String number, List<String> press, int floorBatch) {

    /** The arrival rate when none is given: 5 calls a second, a large contact center's busy hour (18,000 calls). */
    public static final double DEFAULT_ARRIVAL_RATE = 5;
    /**
     * The most answering agents the bench gives itself when not told: setting up an agent-transfer instance grows
     * with the square of its agents (each answering agent sees every partner's quick connect), and 10,000 take
     * about 2 s per simulation here. A rate that would want more has its calls wait in queue for a free agent.
     */
    public static final int DEFAULT_AGENTS_CAP = 10_000;
    /**
     * The most agents one simulation of the agent-transfer mode may have (--agents / --shards): 50,000 took 13 s to
     * describe and 13 s more to start, and the bench starts up to three simulations.
     */
    public static final int AGENTS_PER_SIMULATION_CAP = 50_000;

    /**
     * The most calls a second one simulation takes: the simulated Lambda walks its execution environments at every
     * invocation ({@code lambda.EnvironmentPool}), so a call's cost grows with the invocations going on at once, the
     * arrival rate times the function's time. 20,000 calls a second for 20,000 calls cost 1.4 times the CPU a call of
     * 1,000 a second did; 100,000 a second 5 times; a million a second with 100,000 calls did not end in 7 minutes.
     */
    public static final double RATE_PER_SIMULATION_CAP = 20_000;

    /**
     * The requests in each batch of the HTTP floor measure when not told: at 5 to 7 ms of process CPU each here, a
     * batch lasts 50 to 70 of the process clock's 10 ms steps, and the whole measure (2 batches to warm up, 7 counted)
     * 5 to 6 s of CPU.
     */
    public static final int DEFAULT_FLOOR_BATCH = 100;

    public BenchPlan {
        press = List.copyOf(Objects.requireNonNull(press, "press"));
        require(contacts >= 1, "--contacts must be at least 1, was " + contacts);
        require(arrivalRate > 0 && Double.isFinite(arrivalRate), "--arrival-rate must be a positive number of calls"
                + " per second, was " + arrivalRate);
        require(agents >= (number == null ? 1 : 0), "--agents must be at least " + (number == null
                ? "1 (0 only with --number)" : "0") + ", was " + agents);
        require(shards >= 1, "--shards must be at least 1, was " + shards);
        require(arrivalRate / shards <= RATE_PER_SIMULATION_CAP, String.format(Locale.ROOT,
                "--arrival-rate %,.0f over %d shard(s) is more than %,.0f calls a second in one simulation: the"
                        + " simulated Lambda walks its execution environments at every invocation, so a call's cost"
                        + " grows with the invocations going on at once (a million a second did not end in 7"
                        + " minutes); split the rate with --shards", arrivalRate, shards, RATE_PER_SIMULATION_CAP));
        require(shards <= contacts, "--shards must not be more than --contacts (" + contacts + "), was " + shards);
        require(number != null || agents >= shards, "--agents must be at least --shards (" + shards
                + "): each shard needs one, was " + agents);
        require(number != null || (agents + shards - 1) / shards <= AGENTS_PER_SIMULATION_CAP, "--agents "
                + agents + " over " + shards + " shard(s) is more than " + AGENTS_PER_SIMULATION_CAP + " agents in one"
                + " simulation: setting up the agent-transfer instance grows with the square of its agents (each"
                + " answering agent sees every partner's quick connect); use fewer agents or more --shards");
        require(live >= 0, "--live must not be negative, was " + live);
        require(warmUp >= 0, "--warm-up must not be negative, was " + warmUp);
        require(floorBatch >= 0, "--floor-batch must not be negative, was " + floorBatch);
        require(number != null || press.isEmpty(), "--press needs --number: the agent-transfer calls meet no input"
                + " block");
        for (String entry : press) {
            require(entry.matches("[0-9*#]*"), "--press: a caller can press 0-9, * and #; '" + entry
                    + "' has other keys");
        }
    }

    /** The plan of the agent-transfer calls, with no number and no caller input. */
    public BenchPlan(int contacts, double arrivalRate, int agents, BenchMode mode, long seed, int shards, int live,
            int warmUp) {
        this(contacts, arrivalRate, agents, mode, seed, shards, live, warmUp, null, List.of());
    }

    /** A plan whose HTTP floor, if any, is measured in batches of {@link #DEFAULT_FLOOR_BATCH}. */
    public BenchPlan(int contacts, double arrivalRate, int agents, BenchMode mode, long seed, int shards, int live,
            int warmUp, String number, List<String> press) {
        this(contacts, arrivalRate, agents, mode, seed, shards, live, warmUp, number, press, DEFAULT_FLOOR_BATCH);
    }

    /** Whether the run measures the HTTP floor: over HTTP, unless its batches are empty. */
    boolean measuresFloor() {
        return mode == BenchMode.HTTP && floorBatch > 0;
    }

    /**
     * The answering agents when none are given: enough for {@code arrivalRate} with a fifth to spare, so calls
     * rarely wait, but never more than the {@code contacts} (one each is all they can use) nor
     * {@link #DEFAULT_AGENTS_CAP}.
     */
    public static int agentsFor(double arrivalRate, int contacts, boolean toNumber) {
        CallScript script = CallScript.DEFAULT;
        long wanted = script.agentsFor(arrivalRate, toNumber ? script.callLife() : script.answeringAgentBusy());
        return (int) Math.max(1, Math.min(wanted, Math.min(contacts, DEFAULT_AGENTS_CAP)));
    }

    /** The keys each caller will press, one a block, in order; {@link Keypress#silence()} for an empty entry. */
    List<Keypress> keypresses(Duration after) {
        return press.stream().map(entry -> entry.isEmpty() ? Keypress.silence() : new Keypress(entry, after))
                .toList();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
