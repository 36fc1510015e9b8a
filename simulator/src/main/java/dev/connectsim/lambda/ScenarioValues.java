package dev.connectsim.lambda;

import java.util.Optional;

/**
 * Values only the running scenario knows, which a function's environment can name as {@code ${name}}: the base URL
 * of the scenario's simulated Salesforce, say ({@code salesforce.url}), on a port chosen when the scenario starts.
 * A value is asked for on each cold start that needs it, so a scenario starts what serves it only when a function
 * uses it.
 */
@FunctionalInterface
public interface ScenarioValues {

    /** No scenario runs (a simulation built by a test or a benchmark): every value is unknown. */
    ScenarioValues NONE = name -> Optional.empty();

    /** The value of {@code name} in this scenario, or empty when the scenario has none. */
    Optional<String> value(String name);
}
