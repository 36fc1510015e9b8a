package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.connectsim.flow.lint.Rule;
import dev.connectsim.flow.lint.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --format sarif}: the SARIF 2.1.0 log, checked field by field and against the OASIS schema. */
class ValidateSarifTest {

    private static final String CLEAN = ("{'Version': '2019-10-30', 'StartAction': 'start', 'Actions': ["
            + "{'Identifier': 'start', 'Type': 'MessageParticipant', 'Parameters': {'Text': 'Hello'}, 'Transitions':"
            + " {'NextAction': 'bye', 'Errors': [{'ErrorType': 'NoMatchingError', 'NextAction': 'bye'}]}},"
            + " {'Identifier': 'bye', 'Type': 'DisconnectParticipant', 'Parameters': {}, 'Transitions': {}}]}")
            .replace('\'', '"');

    /** The clean flow with its NextAction misspelt: one dangling-next-action error. */
    private static final String DANGLING = CLEAN.replace("\"NextAction\": \"bye\", \"Errors\"",
            "\"NextAction\": \"by\", \"Errors\"");

    /** The dangling flow plus an unconnected action: one error and one unreachable-action warning. */
    private static final String ERROR_AND_WARNING = DANGLING.substring(0, DANGLING.length() - "]}".length())
            + ", {\"Identifier\": \"island\", \"Type\": \"DisconnectParticipant\", \"Transitions\": {}}]}";

    /** The schema test resource, a byte-for-byte copy of the OASIS file (see sarif/README.md). */
    private static final String SCHEMA_RESOURCE = "/sarif/sarif-schema-2.1.0.json";

    private static JsonSchema sarifSchema;

    private final ObjectMapper mapper = new ObjectMapper();
    private final Cli cli = new Cli();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadTheSchema() throws IOException {
        try (InputStream in = ValidateSarifTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertNotNull(in, SCHEMA_RESOURCE + " is on the test classpath");
            // The schema says draft-07 itself; its $refs are all inside the file, so nothing is fetched.
            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private JsonNode sarifOut() throws IOException {
        return mapper.readTree(out.toString());
    }

    private static Set<ValidationMessage> schemaErrors(JsonNode log) {
        return sarifSchema.validate(log);
    }

    private static void assertValidSarif(JsonNode log) {
        Set<ValidationMessage> errors = schemaErrors(log);
        assertTrue(errors.isEmpty(), "not valid SARIF 2.1.0: " + errors + "\n" + log.toPrettyString());
    }

    /** A deep copy of {@code log} changed by {@code change}. */
    private static JsonNode broken(JsonNode log, Consumer<ObjectNode> change) {
        ObjectNode copy = log.deepCopy();
        change.accept(copy);
        return copy;
    }

    private static int ruleIndexOf(String id) {
        List<Rule> rules = Rules.all();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    @Test
    void aDanglingNextActionIsOneErrorResultWithItsRuleFileActionAndPointer() throws IOException {
        Path file = write("dangling.json", DANGLING);

        assertEquals(1, run("validate", "--format", "sarif", file.toString()));
        assertEquals("", err.toString());

        JsonNode log = sarifOut();
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.get("$schema").asText());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(1, log.get("runs").size());
        JsonNode run = log.get("runs").get(0);
        JsonNode results = run.get("results");
        assertEquals(1, results.size(), results.toPrettyString());
        JsonNode result = results.get(0);
        assertEquals("dangling-next-action", result.get("ruleId").asText());
        assertEquals(ruleIndexOf("dangling-next-action"), result.get("ruleIndex").asInt());
        assertEquals("dangling-next-action",
                run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText());
        assertEquals("error", result.get("level").asText());
        assertEquals("NextAction is 'by' but no action has that Identifier (did you mean 'bye'?) (hint: change it"
                + " to 'bye', or add the missing action)", result.at("/message/text").asText());

        JsonNode location = result.get("locations").get(0);
        // The temporary folder is outside the working directory (simulator/): an absolute file URI.
        assertEquals(file.toUri().toASCIIString(), location.at("/physicalLocation/artifactLocation/uri").asText());
        assertTrue(location.at("/physicalLocation/region").isMissingNode(), "no line for a pointer: " + location);
        assertEquals("start", location.at("/logicalLocations/0/fullyQualifiedName").asText());
        assertEquals("object", location.at("/logicalLocations/0/kind").asText());
        assertEquals("/Actions/0/Transitions/NextAction", result.at("/properties/pointer").asText());

        assertEquals(file.toUri().toASCIIString(), run.at("/artifacts/0/location/uri").asText());
        assertValidSarif(log);
    }

    @Test
    void theDriverListsEveryRuleWithItsDescriptionAndDefaultLevel() throws IOException {
        Path file = write("clean.json", CLEAN);

        assertEquals(0, run("validate", "--format", "sarif", file.toString()));

        JsonNode driver = sarifOut().at("/runs/0/tool/driver");
        assertEquals("connect-sim", driver.get("name").asText());
        assertEquals(VersionProvider.version(), driver.get("version").asText());
        JsonNode rules = driver.get("rules");
        assertEquals(Rules.all().size(), rules.size());
        for (int i = 0; i < Rules.all().size(); i++) {
            Rule rule = Rules.all().get(i);
            assertEquals(rule.id(), rules.get(i).get("id").asText());
            assertEquals(rule.description(), rules.get(i).at("/shortDescription/text").asText());
            assertEquals(rule.severity().label(), rules.get(i).at("/defaultConfiguration/level").asText());
        }
        assertEquals("warning", rules.get(ruleIndexOf("unreachable-action")).at("/defaultConfiguration/level")
                .asText());
    }

    @Test
    void theProjectsFlowsGiveNoResultsAndExitZero() throws IOException {
        Path projectRoot = Path.of("..");

        assertEquals(0, run("validate", "--format", "sarif", "--instance-file",
                projectRoot.resolve("flows/instance.yaml").toString(), projectRoot.resolve("flows").toString()));
        assertEquals("", err.toString());

        JsonNode log = sarifOut();
        assertEquals(0, log.at("/runs/0/results").size(), log.toPrettyString());
        assertEquals(11, log.at("/runs/0/artifacts").size(), "the eleven flow files validated");
        assertValidSarif(log);
    }

    @Test
    void aFileBelowTheWorkingDirectoryIsARelativeUriWithForwardSlashes() throws IOException {
        // Tests run in simulator/: a checked-in flow below it, named relatively as a user would.
        Path relative = Path.of("src", "test", "resources", "flows", "legacy-small.json");

        run("validate", "--format", "sarif", "--instance-file", "none", relative.toString());

        JsonNode artifact = sarifOut().at("/runs/0/artifacts/0/location");
        assertEquals("src/test/resources/flows/legacy-small.json", artifact.get("uri").asText());
        assertEquals("%SRCROOT%", artifact.get("uriBaseId").asText());
    }

    @Test
    void uriIsRelativeToTheWorkingDirectoryEncodedAndAbsoluteOutsideIt() {
        assertEquals("b/later.json", SarifLog.uri(folder.resolve("b/later.json").toString(), folder));
        assertEquals("b/later.json", SarifLog.uri("b/./later.json", folder));
        assertEquals("my%20flows/a%23b.json", SarifLog.uri("my flows/a#b.json", folder));
        assertEquals("./a:b.json", SarifLog.uri("a:b.json", folder));
        assertEquals(folder.getParent().resolve("x.json").toUri().toASCIIString(), SarifLog.uri("../x.json", folder));
    }

    @Test
    void aMalformedFileIsAParseResultWithTheLineAndColumnAsARegion() throws IOException {
        Path file = write("cut.json", "{\"Version\": \"2019-10-30\",\n \"Actions\": [\n  {\"Identifier\": \"a\"");

        assertEquals(1, run("validate", "--format", "sarif", file.toString()));

        JsonNode log = sarifOut();
        JsonNode result = log.at("/runs/0/results/0");
        assertEquals("parse", result.get("ruleId").asText());
        assertEquals(0, result.get("ruleIndex").asInt());
        assertEquals(3, result.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(21, result.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertTrue(result.at("/locations/0/logicalLocations").isMissingNode(), result.toString());
        assertTrue(result.at("/properties").isMissingNode(), "a line:col is a region, not a pointer: " + result);
        assertValidSarif(log);
    }

    @Test
    void aFileWithAnErrorAndAWarningIsValidSarifAndTheSchemaRejectsBrokenCopies() throws IOException {
        Path file = write("both.json", ERROR_AND_WARNING);

        assertEquals(1, run("validate", "--format", "sarif", file.toString()));

        JsonNode log = sarifOut();
        List<String> levels = new ArrayList<>();
        log.at("/runs/0/results").forEach(r -> levels.add(r.get("ruleId").asText() + ":" + r.get("level").asText()));
        assertEquals(List.of("dangling-next-action:error", "unreachable-action:warning"), levels);
        assertValidSarif(log);

        // The schema is really applied: each of these required properties, when missing, is rejected.
        assertFalse(schemaErrors(broken(log, l -> l.remove("version"))).isEmpty(), "version is required");
        assertFalse(schemaErrors(broken(log, l -> l.remove("runs"))).isEmpty(), "runs is required");
        assertFalse(schemaErrors(broken(log, l -> ((ObjectNode) l.at("/runs/0/tool/driver")).remove("name")))
                .isEmpty(), "tool.driver.name is required");
        assertFalse(schemaErrors(broken(log, l -> ((ObjectNode) l.at("/runs/0/results/0")).remove("message")))
                .isEmpty(), "result.message is required");
        assertFalse(schemaErrors(broken(log, l -> ((ObjectNode) l.at("/runs/0/results/1")).put("level", "fatal")))
                .isEmpty(), "level is one of none, note, warning, error");
        assertFalse(schemaErrors(broken(log, l -> l.put("version", "2.0.0"))).isEmpty(), "version is 2.1.0");
    }

    @Test
    void helpAndBadUsageNameTheSarifFormat() throws IOException {
        assertEquals(0, run("validate", "--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains("sarif (one SARIF 2.1.0 log, for code scanning)"), out.toString());
        assertTrue(help.contains("--format sarif prints one SARIF 2.1.0 log"), out.toString());

        out.getBuffer().setLength(0);
        Path file = write("clean.json", CLEAN);
        assertEquals(2, run("validate", "--format", "sarf", file.toString()));
        assertTrue(err.toString().contains("unknown --format 'sarf' (expected text, json or sarif) (did you mean"
                + " 'sarif'?)"), err.toString());
        assertEquals("", out.toString());
    }
}
