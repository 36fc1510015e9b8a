package dev.connectsim.harness.report;

import java.util.List;
import java.util.Map;

/**
 * The flow blocks one scenario went through, as {@code coverage/visits.json} lists them (which {@code diff} reads).
 *
 * @param scenario the scenario's name
 * @param place its feature file and line, {@code features/x.feature:12}
 * @param visits rows of flow, action, branch and target
 */
public record ScenarioVisits(String scenario, String place, List<Map<String, String>> visits) {
}
