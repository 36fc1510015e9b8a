package dev.connectsim.bench;

/**
 * What a bench run does.
 *
 * @param contacts    the calls to place
 * @param arrivalRate calls per virtual second, over all shards (a Poisson process)
 * @param agents      answering agents, over all shards; as many partners take the transfers
 * @param mode        how the telephony function answers
 * @param seed        the seed of shard 0; shard n runs with {@code seed + n}
 * @param shards      independent simulations run side by side on their own threads, each with its share of the
 *                    calls, the rate and the agents (and, over HTTP, its own simulated Salesforce)
 * @param live        the calls held on the line at once for the heap measure; 0 for none
 * @param warmUp      calls run before the timed run and not counted, so the JIT has compiled the hot paths
 */
public record BenchPlan(int contacts, double arrivalRate, int agents, BenchMode mode, long seed, int shards, int live,
        int warmUp) {

    /** The arrival rate when none is given: 5 calls a second, a large contact center's busy hour (18,000 calls). */
    public static final double DEFAULT_ARRIVAL_RATE = 5;

    public BenchPlan {
        require(contacts >= 1, "--contacts must be at least 1, was " + contacts);
        require(arrivalRate > 0 && Double.isFinite(arrivalRate), "--arrival-rate must be a positive number of calls"
                + " per second, was " + arrivalRate);
        require(agents >= 1, "--agents must be at least 1, was " + agents);
        require(shards >= 1, "--shards must be at least 1, was " + shards);
        require(shards <= contacts, "--shards must not be more than --contacts (" + contacts + "), was " + shards);
        require(agents >= shards, "--agents must be at least --shards (" + shards + "): each shard needs one, was "
                + agents);
        require(live >= 0, "--live must not be negative, was " + live);
        require(warmUp >= 0, "--warm-up must not be negative, was " + warmUp);
    }

    /** The answering agents that keep calls at {@code arrivalRate} from waiting long, with the bench's call script. */
    public static int agentsFor(double arrivalRate) {
        return CallScript.DEFAULT.agentsFor(arrivalRate);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
