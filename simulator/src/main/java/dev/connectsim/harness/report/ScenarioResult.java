package dev.connectsim.harness.report;

import java.util.List;
import java.util.Map;

/**
 * One scenario of a run as {@code run.json} keeps it: enough to list it, count it, draw the flow coverage of the
 * run and put its section, already rendered, into a merged report.
 *
 * @param feature the name of its feature
 * @param place its feature file, from the {@code features/} folder on ({@code features/transfers/x.feature})
 * @param line the line of the scenario, or of its example row
 * @param name the scenario's name
 * @param status Cucumber's status in lower case ({@code passed}, {@code failed}, {@code undefined} ...), or
 *     {@code not run}
 * @param anchor the id of its section in the HTML report
 * @param section its section of the HTML report: steps, errors, flow paths and attachments
 * @param visits the flow blocks it went through: flow, action, branch and target
 */
public record ScenarioResult(String feature, String place, int line, String name, String status, String anchor,
        String section, List<Map<String, String>> visits) {

    /** Whether the scenario passed; any other status counts as failed. */
    public boolean passed() {
        return "passed".equals(status);
    }

    /** {@code place:line}, which names the scenario in a project. */
    public String where() {
        return place + ":" + line;
    }
}
