package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectsim.testing.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages a run leaves, opened in headless Chromium as a person would open them: the report of a run with a
 * cold transfer, a warm transfer, an agent transfer through a flow and a failing scenario, its coverage page, and
 * the page of {@code connect-sim diff}. Each shows its pictures, none broken or empty, and throws no error.
 */
class ReportsInBrowserTest {

    private static final String SCENARIOS = """
            Feature: pictures

              Scenario: a cold transfer
                Given +15550199 answers after 5 seconds
                When a customer calls from +15550100 and waits in BasicQueue
                And alice accepts the call
                And alice cold-transfers the call to +15550199
                Then the transfer completes within 60 seconds

              Scenario: a warm transfer
                Given +15550199 answers after 5 seconds
                When a customer calls from +15550100 and waits in BasicQueue
                And alice accepts the call
                And alice warm-transfers the call to +15550199
                Then alice is consulting the third party within 30 seconds
                When 20 seconds pass
                And alice joins the call and leaves
                Then the transfer completes within 10 seconds

              Scenario: a transfer through a flow
                When a customer calls from +15550100 and waits in BasicQueue
                And alice accepts the call
                And alice transfers the call to the quick connect "Transfer to Bob"
                Then bob is connected to the transfer leg within 60 seconds

              Scenario: a function answers as the step's table says
                Given the function CallerName answers:
                  | name | Grace |
                  | tier | gold  |
                When a customer calls +18005550101 from +15550100
                Then the caller hears "Welcome back, Grace."

              Scenario: a function answers the JSON of a doc string
                Given the function CallerName answers with the JSON:
                  \"""json
                  {"name": "Ada", "visits": 3}
                  \"""
                When a customer calls +18005550101 from +15550100
                Then the caller hears "Welcome back, Ada."

              Scenario: a wrong expectation
                Given +15550199 never answers
                When a customer calls from +15550100 and waits in BasicQueue
                And alice accepts the call
                And alice cold-transfers the call to +15550199
                Then the transfer completes within 60 seconds
            """;
    private static final Pattern SECTION = Pattern.compile("<section id=\"(s-[^\"]+)\"");

    @TempDir
    static Path folder;

    private static Path reports;
    private static Chromium chromium;

    @BeforeAll
    static void runTheScenariosAndDiffAFlow() throws IOException {
        chromium = Chromium.find();
        reports = folder.resolve("reports");
        Path feature = Files.createDirectories(folder.resolve("features")).resolve("pictures.feature");
        Files.writeString(feature, SCENARIOS);
        Cli cli = new Cli();
        int exit = cli.run("run", "--features", feature.toString(), "--report", reports.toString(), "--threads", "1");
        assertEquals(1, exit, "one scenario fails on purpose: " + cli.out + cli.err);
        Path ours = Path.of("..", "flows", "agent-transfer.json");
        Path changed = folder.resolve("agent-transfer.json");
        Files.writeString(changed, Files.readString(ours).replace("Transferring now to an available agent.",
                "One moment, please."));
        assertEquals(1, new Cli().run("diff", ours.toString(), changed.toString(), "--report", reports.toString()));
    }

    @Test
    void theReportShowsEveryScenariosTimelineAndThrowsNothing() throws IOException {
        Chromium.Page page = chromium.open(reports.resolve("connect-sim.html"));

        assertEquals(List.of(), page.errors());
        Set<String> withTimeline = page.pictures().stream().filter(p -> p.name().equals("Timeline of the call"))
                .map(Chromium.Picture::section).collect(Collectors.toSet());
        assertEquals(sections(reports.resolve("connect-sim.html")), withTimeline, "a scenario without its timeline");
    }

    @Test
    void theReportShowsAStepsDataTableTheContactRecordsAndTheSalesforceRequestsAsTables() throws IOException {
        String report = Files.readString(reports.resolve("connect-sim.html"));

        assertTrue(report.contains("Given the function CallerName answers:<table class=\"data\"><tr><td>name</td>"
                + "<td>Grace</td></tr><tr><td>tier</td><td>gold</td></tr></table>"), report);
        assertTrue(report.contains("<summary>Contact records</summary><table class=\"data\"><tr><th>field</th>"),
                report);
        assertTrue(report.contains("<tr><th>agentUsername</th><td>alice</td>"), report);
        assertTrue(report.contains("<summary>Salesforce requests</summary><table class=\"data\"><tr><th>at</th>"
                + "<th>request</th><th>answer</th><th>after</th><th>VoiceCall</th></tr><tr><td>+2.100s</td>"
                + "<td>POST /telephony/v1/voiceCalls</td><td>200</td><td>250 ms</td><td>vendorCallKey "), report);
    }

    @Test
    void theReportShowsAStepsDocString() throws IOException {
        String report = Files.readString(reports.resolve("connect-sim.html"));

        assertTrue(report.contains("Given the function CallerName answers with the JSON:<pre class=\"doc\">{&quot;name"
                + "&quot;: &quot;Ada&quot;, &quot;visits&quot;: 3}</pre>"), report);
    }

    /**
     * Allure shows each scenario's pictures on the last step that ran (the failing one when one failed), the path
     * through each flow among them, and no longer under "Tear down" nor after a step of a hook's own.
     */
    @Test
    void allureShowsEveryPictureOnTheLastStepThatRan() throws IOException {
        Map<String, JsonNode> results = allureResults();
        assertEquals(6, results.size(), results.keySet().toString());

        for (JsonNode result : results.values()) {
            List<JsonNode> ran = new ArrayList<>();
            result.path("steps").forEach(step -> {
                assertTrue(step.path("name").asText().matches("(Given|When|Then|And) .*"), "a hook's step: " + step);
                if (!step.path("status").asText().equals("skipped")) {
                    ran.add(step);
                }
            });
            JsonNode last = ran.get(ran.size() - 1);
            assertTrue(svgAttachments(last).containsKey("Timeline of the call"), result.path("name") + ": " + last);
        }
        JsonNode failed = results.get("a wrong expectation").path("steps").get(4);
        assertEquals("Then the transfer completes within 60 seconds failed", failed.path("name").asText() + " "
                + failed.path("status").asText());
        assertTrue(svgAttachments(failed).containsKey("Timeline of the call"), failed.toString());
        JsonNode answered = results.get("a function answers as the step's table says").path("steps").get(2);
        assertTrue(svgAttachments(answered).keySet().stream().anyMatch(name -> name.startsWith("Path through Customer"
                + " Menu: ")), answered.toString());
    }

    /** This run's Allure results by scenario name, each the newest of its name from the feature this test wrote. */
    private static Map<String, JsonNode> allureResults() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> results = new TreeMap<>();
        try (Stream<Path> files = Files.list(allureFolder())) {
            for (Path file : files.filter(f -> f.toString().endsWith("-result.json")).toList()) {
                JsonNode result = json.readTree(file.toFile());
                boolean ours = result.path("labels").findValuesAsText("value").stream()
                        .anyMatch(value -> value.endsWith(folder.getFileName() + "/features/pictures.feature"));
                JsonNode before = results.get(result.path("name").asText());
                if (ours && (before == null || before.path("start").asLong() < result.path("start").asLong())) {
                    results.put(result.path("name").asText(), result);
                }
            }
        }
        return results;
    }

    /** A step's SVG attachments by name, each read from its file, which must hold an SVG picture. */
    private static Map<String, String> svgAttachments(JsonNode step) throws IOException {
        Map<String, String> pictures = new TreeMap<>();
        for (JsonNode attachment : step.path("attachments")) {
            if (attachment.path("type").asText().equals("image/svg+xml")) {
                String svg = Files.readString(allureFolder().resolve(attachment.path("source").asText()));
                assertTrue(svg.contains("<svg"), attachment.toString());
                pictures.put(attachment.path("name").asText(), svg);
            }
        }
        return pictures;
    }

    private static Path allureFolder() {
        return Path.of(System.getProperty(RunCommand.ALLURE_RESULTS, reports.resolve("allure-results").toString()));
    }

    @Test
    void allureGetsTheRunsEnvironment() throws IOException {
        String environment = Files.readString(allureFolder().resolve("environment.properties"));

        assertTrue(environment.startsWith("connect-sim = "), environment);
        assertTrue(environment.contains("\nseed = 1\n"), environment);
        assertTrue(environment.contains("\ninstance file = " + Path.of("..").toAbsolutePath().normalize()
                .resolve("flows").resolve("instance.yaml") + "\n"), environment);
        assertTrue(environment.contains("\nJava = "), environment);
    }

    @Test
    void theCoveragePageShowsEveryFlowAndThrowsNothing() {
        Chromium.Page page = chromium.open(reports.resolve("coverage").resolve("index.html"));

        assertEquals(List.of(), page.errors());
        assertTrue(page.pictures().stream().anyMatch(p -> p.name().equals("Agent Transfer") && p.inked()),
                page.pictures().toString());
    }

    @Test
    void theDiffPageShowsTheNewVersionAndThrowsNothing() {
        Chromium.Page page = chromium.open(reports.resolve("diff.html"));

        assertEquals(List.of(), page.errors());
        assertTrue(page.pictures().stream().anyMatch(p -> p.name().equals("the new version") && p.inked()),
                page.pictures().toString());
    }

    private static Set<String> sections(Path report) throws IOException {
        Matcher matcher = SECTION.matcher(Files.readString(report));
        Set<String> ids = new TreeSet<>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        assertEquals(6, ids.size(), "the report's scenarios");
        return ids;
    }
}
