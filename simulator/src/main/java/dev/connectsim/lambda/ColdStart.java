package dev.connectsim.lambda;

import java.time.Instant;
import java.util.Objects;

/**
 * What a function's code is told when Lambda starts a new execution environment for it (a cold start), so the code
 * can set the environment up as the run says: its environment variables, its clock, its seeded randomness.
 *
 * @param boundAs     the ARN or deploy placeholder the function is bound under
 * @param environment which of the function's environments this is in the simulation: 1 for the first, 2 for the
 *                    next, so each gets randomness of its own, the same on every run
 * @param at          the virtual instant the environment starts (the request that needed it)
 * @param seed        the simulation's seed
 * @param values      what the scenario knows that a function's environment can name ({@code ${salesforce.url}})
 */
public record ColdStart(String boundAs, int environment, Instant at, long seed, ScenarioValues values) {

    public ColdStart {
        Objects.requireNonNull(boundAs, "boundAs");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(values, "values");
        if (environment < 1) {
            throw new IllegalArgumentException("environments are counted from 1, was " + environment);
        }
    }
}
