package dev.connectsim.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** {@code run --min-coverage}: every flow must have at least that share of its transitions covered. */
public final class CoverageThreshold {

    private CoverageThreshold() {
    }

    /**
     * Whether every flow in {@code coverageJson} has at least {@code percent}% of its transitions covered; prints a
     * line for each flow under it, naming its uncovered transitions.
     */
    public static boolean check(Path coverageJson, int percent, PrintWriter out) {
        JsonNode flows;
        try {
            flows = new ObjectMapper().readTree(coverageJson.toFile()).path("flows");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the coverage report " + coverageJson, e);
        }
        boolean all = true;
        for (JsonNode flow : flows) {
            int total = flow.path("transitions").asInt();
            int covered = flow.path("coveredTransitions").asInt();
            if (total > 0 && covered * 100 < percent * total) {
                all = false;
                StringBuilder missing = new StringBuilder();
                flow.path("uncoveredTransitions").forEach(t -> missing.append("\n    ").append(t.asText()));
                out.println("coverage of " + flow.path("flow").asText() + " is " + covered + "/" + total
                        + " transitions, under " + percent + "%; not taken:" + missing);
            }
        }
        out.flush();
        return all;
    }
}
