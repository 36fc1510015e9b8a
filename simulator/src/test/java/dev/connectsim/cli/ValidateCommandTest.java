package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectsim.flow.SalesforceExamples;
import dev.connectsim.project.Project;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String CLEAN = json("{'Version': '2019-10-30', 'StartAction': 'start', 'Actions': ["
            + "{'Identifier': 'start', 'Type': 'MessageParticipant', 'Parameters': {'Text': 'Hello'}, 'Transitions':"
            + " {'NextAction': 'bye', 'Errors': [{'ErrorType': 'NoMatchingError', 'NextAction': 'bye'}]}},"
            + " {'Identifier': 'bye', 'Type': 'DisconnectParticipant', 'Parameters': {}, 'Transitions': {}}]}");

    /** The clean flow with its NextAction misspelt: one error. */
    private static final String DANGLING = CLEAN.replace("\"NextAction\": \"bye\", \"Errors\"",
            "\"NextAction\": \"by\", \"Errors\"");

    /** The clean flow with an extra unconnected action: one warning. */
    private static final String UNREACHABLE = CLEAN.substring(0, CLEAN.length() - "]}".length())
            + ", {\"Identifier\": \"island\", \"Type\": \"DisconnectParticipant\", \"Transitions\": {}}]}";

    /** An instance with two queues: BasicQueue, and SupportQueue whose id is q-support. */
    private static final String INSTANCE = "queues:\n  BasicQueue: {}\n  SupportQueue: {id: q-support}\n";

    private final Cli cli = new Cli();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    @TempDir
    Path folder;

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = folder.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo " + fifo);
        return fifo;
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    private void assertBadUsage(int exitCode, String expectedInMessage) {
        assertEquals(2, exitCode);
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), "one line: " + err);
        assertTrue(lines.get(0).startsWith("connect-sim: "), lines.get(0));
        assertTrue(lines.get(0).contains(expectedInMessage), lines.get(0));
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        assertEquals("", out.toString());
    }

    @Test
    void aCleanFlowExitsZeroWithTheSummaryLine() throws IOException {
        Path file = write("clean.json", CLEAN);

        assertEquals(0, run("validate", file.toString()));
        assertEquals(List.of("1 file, 0 errors, 0 warnings"), outLines());
        assertEquals("", err.toString());
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        Path file = write("island.json", UNREACHABLE);

        assertEquals(0, run("validate", file.toString()));
        assertEquals(file + ": action island: [unreachable-action] no path from StartAction 'start' leads to this"
                + " DisconnectParticipant action (at /Actions/2; hint: connect it from another action's NextAction,"
                + " Errors or Conditions, or delete it)", outLines().get(0));
        assertEquals("1 file, 0 errors, 1 warning", outLines().get(1));
    }

    @Test
    void anErrorExitsOneWithOneLinePerFindingInTheDocumentedFormat() throws IOException {
        Path file = write("dangling.json", DANGLING);

        assertEquals(1, run("validate", file.toString()));
        assertEquals(List.of(file + ": action start: [dangling-next-action] NextAction is 'by' but no action has that"
                + " Identifier (did you mean 'bye'?) (at /Actions/0/Transitions/NextAction; hint: change it to 'bye',"
                + " or add the missing action)", "1 file, 1 error, 0 warnings"), outLines());
    }

    @Test
    void aFolderIsSearchedForJsonFilesBelowItInNameOrderAndABrokenFileDoesNotStopTheOthers() throws IOException {
        write("b/later.json", DANGLING);
        write("a.json", "{\"Version\": \"2019-10-30\",\n \"Actions\": [\n  {\"Identifier\": \"a\"");
        write("notes.txt", "not a flow");
        write("b/clean.json", CLEAN);

        assertEquals(1, run("validate", folder.toString()));

        List<String> lines = outLines();
        assertEquals(3, lines.size(), out.toString());
        assertTrue(lines.get(0).startsWith(folder.resolve("a.json") + ": [parse] " + folder.resolve("a.json")
                + ":3:21: malformed JSON: Unexpected end-of-input"), lines.get(0));
        assertTrue(lines.get(1).startsWith(folder.resolve("b/later.json") + ": action start: [dangling-next-action]"),
                lines.get(1));
        assertEquals("3 files, 2 errors, 0 warnings", lines.get(2));
    }

    @Test
    void jsonFormatPrintsOneObjectWithCountsAndEveryField() throws IOException {
        Path dangling = write("dangling.json", DANGLING);
        Path island = write("island.json", UNREACHABLE);

        assertEquals(1, run("validate", "--format", "json", dangling.toString(), island.toString()));

        assertEquals(1, outLines().size(), out.toString());
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals(List.of("files", "errors", "warnings", "findings"), fieldNames(root));
        assertEquals(2, root.get("files").asInt());
        assertEquals(1, root.get("errors").asInt());
        assertEquals(1, root.get("warnings").asInt());
        JsonNode first = root.get("findings").get(0);
        assertEquals(List.of("file", "rule", "severity", "action", "pointer", "message", "hint"), fieldNames(first));
        assertEquals(dangling.toString(), first.get("file").asText());
        assertEquals("dangling-next-action", first.get("rule").asText());
        assertEquals("error", first.get("severity").asText());
        assertEquals("start", first.get("action").asText());
        assertEquals("/Actions/0/Transitions/NextAction", first.get("pointer").asText());
        assertEquals("warning", root.get("findings").get(1).get("severity").asText());
    }

    @Test
    void aFlowLevelFindingHasANullActionInJsonAndNoActionPartInText() throws IOException {
        Path file = write("v.json", CLEAN.replace("2019-10-30", "2019-10-31"));

        assertEquals(1, run("validate", "--format", "json", file.toString()));
        JsonNode finding = new ObjectMapper().readTree(out.toString()).get("findings").get(0);
        assertTrue(finding.get("action").isNull(), finding.toString());

        out.getBuffer().setLength(0);
        assertEquals(1, run("validate", file.toString()));
        assertTrue(outLines().get(0).startsWith(file + ": [unknown-version] Version is '2019-10-31'"), out.toString());
    }

    @Test
    void aTenMegabyteFileIsOneClearParseFindingWithoutAHang() throws IOException {
        Path file = folder.resolve("huge.json");
        Files.write(file, ("[" + "0,".repeat(5_000_000) + "0]").getBytes());

        int exitCode = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("validate", file.toString()));

        assertEquals(1, exitCode);
        assertEquals(2, outLines().size(), out.toString());
        assertTrue(outLines().get(0).startsWith(file + ": [parse] " + file + ": the file is 10,000,003 bytes, over"
                + " the limit of 1,048,576 bytes (1 MiB)"), outLines().get(0));
    }

    @Test
    void anEmptyFileIsOneParseFinding() throws IOException {
        Path file = write("empty.json", "");

        assertEquals(1, run("validate", file.toString()));
        assertEquals(file + ": [parse] " + file + ": the file is empty (expected a flow: a JSON object) (hint: export"
                + " the flow again: the file holds no JSON)", outLines().get(0));
    }

    @Test
    void aTruncatedFileNamesTheLineAndColumn() throws IOException {
        Path file = write("cut.json", CLEAN.substring(0, 60));

        assertEquals(1, run("validate", file.toString()));
        assertTrue(outLines().get(0).contains(": malformed JSON: Unexpected end-of-input"), outLines().get(0));
        assertTrue(outLines().get(0).contains("(at 1:61; hint: fix the JSON at that line and column"),
                outLines().get(0));
    }

    @Test
    void anActionThatIsNotAnObjectIsAParseFindingWithItsPointer() throws IOException {
        Path file = write("string.json", json("{'Version': '2019-10-30', 'StartAction': 'a', 'Actions': ['a']}"));

        assertEquals(1, run("validate", file.toString()));
        assertEquals(file + ": [parse] " + file + ": /Actions/0: expected an object for an action, found a string"
                + " (at /Actions/0; hint: make the file a flow as the Connect editor exports it (Version, StartAction,"
                + " Actions))", outLines().get(0));
    }

    @Test
    void anUnknownActionTypeIsAnErrorNamingTheNearestType() throws IOException {
        Path file = write("lop.json", CLEAN.replace("\"MessageParticipant\"", "\"MessageParticpant\""));

        assertEquals(1, run("validate", file.toString()));
        assertTrue(out.toString().contains(file + ": action start: [unknown-action-type] unknown action type"
                + " 'MessageParticpant' (did you mean 'MessageParticipant'?) (at /Actions/0/Type;"), out.toString());
    }

    @Test
    void noPathInAProjectChecksTheProjectsFlows() {
        assertEquals(0, run("validate"));
        assertEquals(List.of("11 files, 0 errors, 0 warnings"), outLines());
    }

    @Test
    void aPathThatDoesNotExistIsBadUsageNamingIt() {
        assertBadUsage(run("validate", folder.resolve("nope.json").toString()),
                "no such file or folder: " + folder.resolve("nope.json"));
    }

    /** Issue 16: validate given a FIFO read from it forever. */
    @Test
    void aFifoIsBadUsageInOneLineInsteadOfAReadThatNeverEnds() throws IOException, InterruptedException {
        Path fifo = fifo("flow.json");

        int exitCode = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("validate", fifo.toString()));

        assertBadUsage(exitCode, "not a regular file or a folder: " + fifo);
    }

    @Test
    void aDeviceIsBadUsageInOneLine() {
        assertBadUsage(run("validate", "/dev/null"), "not a regular file or a folder: /dev/null");
    }

    /** Issue 16: an empty instance file was accepted silently, as an instance with nothing in it. */
    @Test
    void anEmptyInstanceFileIsBadUsageSayingItIsEmpty() throws IOException {
        Path instance = write("empty.yaml", "# to do\n\n");
        Path file = write("queue.json", settingQueue("BasicQueue"));

        assertBadUsage(run("validate", "--instance-file", instance.toString(), file.toString()),
                instance + ": the file is empty (nothing but blanks or comments); expected a map of sections");
    }

    @Test
    void aFifoAsTheInstanceFileIsBadUsageInsteadOfAReadThatNeverEnds() throws IOException, InterruptedException {
        Path instance = fifo("instance.yaml");
        Path file = write("queue.json", settingQueue("BasicQueue"));

        int exitCode = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run("validate", "--instance-file", instance.toString(), file.toString()));

        assertBadUsage(exitCode, instance + ": is not a regular file");
    }

    @Test
    void aFolderWithoutFlowsIsBadUsageNamingIt() throws IOException {
        write("notes.txt", "hello");

        assertBadUsage(run("validate", folder.toString()), "no *.json flow files in the folder " + folder);
    }

    @Test
    void anUnknownFormatIsBadUsageNamingTheValue() throws IOException {
        Path file = write("clean.json", CLEAN);

        assertBadUsage(run("validate", "--format", "jsn", file.toString()),
                "unknown --format 'jsn' (expected text, json or sarif) (did you mean 'json'?)");
    }

    @Test
    void rulesListsEveryRuleWithItsSeverityAndExitsZero() {
        assertEquals(0, run("validate", "--rules"));

        List<String> lines = outLines();
        assertTrue(lines.get(0).matches("parse +error +the file loads as a flow.*"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches("unreachable-action +warning +.*")), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("endless-loop +error +.*")), out.toString());
    }

    @Test
    void helpDescribesTheCommandAndListsTheRules() {
        assertEquals(0, run("validate", "--help"));

        assertTrue(out.toString().contains("Usage: connect-sim validate"), out.toString());
        assertTrue(out.toString().contains("Rules (--rules says what each checks):"), out.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.matches("  dangling-next-action +error")), out.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.matches("  unknown-reference +warning")), out.toString());
    }

    @Test
    void theMainHelpListsValidate() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("  validate "), out.toString());
    }

    @Test
    void theSalesforceSamplesValidateWithoutErrors() {
        Path samples = SalesforceExamples.require();

        assertEquals(0, run("validate", samples.toString()));
        assertTrue(outLines().get(outLines().size() - 1).matches("28 files, 0 errors, \\d+ warnings"),
                out.toString());
    }

    /** A clean flow that sets the working queue to {@code queue}, then disconnects. */
    private static String settingQueue(String queue) {
        return json("{'Version': '2019-10-30', 'StartAction': 'start', 'Actions': [{'Identifier': 'start', 'Type':"
                + " 'UpdateContactTargetQueue', 'Parameters': {'QueueId': '" + queue + "'}, 'Transitions':"
                + " {'NextAction': 'bye', 'Errors': [{'ErrorType': 'NoMatchingError', 'NextAction': 'bye'}]}},"
                + " {'Identifier': 'bye', 'Type': 'DisconnectParticipant', 'Parameters': {}, 'Transitions': {}}]}");
    }

    @Test
    void aQueueTheInstanceLacksIsAnUnknownReferenceWarningNamingTheNearestQueue() throws IOException {
        Path instance = write("instance.yaml", INSTANCE);
        Path file = write("queue.json", settingQueue("SuportQueue"));

        assertEquals(0, run("validate", "--instance-file", instance.toString(), file.toString()));
        assertEquals(List.of(file + ": action start: [unknown-reference] the queue 'SuportQueue' is not defined in the"
                + " instance (did you mean 'SupportQueue'?) (at /Actions/0/Parameters/QueueId; hint: define the queue"
                + " in the instance description, or correct the reference)", "1 file, 0 errors, 1 warning"),
                outLines());
        assertEquals("", err.toString());
    }

    @Test
    void aQueueNamedByTheArnOfAnotherInstanceEndingInItsIdIsDefined() throws IOException {
        Path instance = write("instance.yaml", INSTANCE);
        Path file = write("queue.json", settingQueue("arn:aws:connect:eu-west-2:123456789012:instance/"
                + "99999999-8888-4777-8666-555555555555/queue/q-support"));

        assertEquals(0, run("validate", "--instance-file", instance.toString(), file.toString()));
        assertEquals(List.of("1 file, 0 errors, 0 warnings"), outLines());
    }

    @Test
    void instanceNoneTurnsTheReferenceCheckOff() throws IOException {
        Path file = write("queue.json", settingQueue("SuportQueue"));

        assertEquals(0, run("validate", "--instance-file", "none", file.toString()));
        assertEquals(List.of("1 file, 0 errors, 0 warnings"), outLines());
    }

    @Test
    void withoutInstanceFileTheProjectsFlowsInstanceYamlIsUsedWhenThereIsAProject() throws IOException {
        assertEquals(Optional.empty(), ValidateCommand.instanceFile(null, Optional.empty()));

        write("flows/instance.yaml", INSTANCE);
        Optional<Project> project = Optional.of(Project.at(folder));

        assertEquals(Optional.of(folder.resolve("flows/instance.yaml")), ValidateCommand.instanceFile(null, project));
        assertEquals(Optional.empty(), ValidateCommand.instanceFile("none", project));
        assertEquals(Optional.of(Path.of("other.yaml")), ValidateCommand.instanceFile("other.yaml", project));
    }

    @Test
    void withoutPathTheProjectsFlowsAreChecked() throws IOException {
        write("flows/instance.yaml", INSTANCE);
        write("flows/queue.json", settingQueue("SuportQueue"));

        assertEquals(0, run("validate", "--project", folder.toString()));
        assertEquals(2, outLines().size(), out.toString());
        assertTrue(outLines().get(0).contains("[unknown-reference] the queue 'SuportQueue'"), out.toString());
        assertEquals("1 file, 0 errors, 1 warning", outLines().get(1));
    }

    @Test
    void aProjectOptionNamingAFolderThatIsNoProjectIsBadUsageInOneLine() {
        assertBadUsage(run("validate", "--project", folder.toString()), "--project " + folder
                + " is not a connect-sim project: it has no flows/instance.yaml");
    }

    @Test
    void anInstanceFileThatDoesNotExistIsBadUsageInOneLine() throws IOException {
        Path file = write("queue.json", settingQueue("BasicQueue"));
        Path missing = folder.resolve("nope.yaml");

        assertBadUsage(run("validate", "--instance-file", missing.toString(), file.toString()), missing + ": no such file");
    }

    @Test
    void aMalformedInstanceFileIsBadUsageInOneLineWithItsLineAndColumn() throws IOException {
        Path instance = write("instance.yaml", "queues:\n  BasicQueue: [a, b\n  SupportQueue: {}\n");
        Path file = write("queue.json", settingQueue("BasicQueue"));

        assertBadUsage(run("validate", "--instance-file", instance.toString(), file.toString()),
                instance + ":3:");
        assertTrue(err.toString().contains("malformed YAML"), err.toString());
    }

    @Test
    void anInstanceFileWithAMistakeIsBadUsageNamingTheKeyAndTheNearestName() throws IOException {
        Path instance = write("instance.yaml", "queues:\n  BasicQueue: {maxContact: 3}\n");
        Path file = write("queue.json", settingQueue("BasicQueue"));

        assertBadUsage(run("validate", "--instance-file", instance.toString(), file.toString()),
                instance + ":2:16: queues.BasicQueue.maxContact: unknown key 'maxContact' (did you mean"
                        + " 'maxContacts'?)");
    }

    @Test
    void anInstanceWhoseFlowFileDoesNotLoadLeavesReferencesUncheckedAndTheFlowIsAParseError() throws IOException {
        Path instance = write("instance.yaml", INSTANCE + "flows:\n  Inbound: {file: broken.json, type:"
                + " CONTACT_FLOW}\n");
        Path broken = write("broken.json", "{\"Version\": ");
        Path file = write("queue.json", settingQueue("SuportQueue"));

        assertEquals(1, run("validate", "--instance-file", instance.toString(), broken.toString(), file.toString()));

        assertTrue(outLines().get(0).startsWith(broken + ": [parse] "), out.toString());
        assertEquals("2 files, 1 error, 0 warnings", outLines().get(1));
        List<String> errLines = err.toString().lines().toList();
        assertEquals(1, errLines.size(), err.toString());
        assertTrue(errLines.get(0).startsWith("connect-sim: references not checked: " + instance + ":5:19:"
                + " flows.Inbound.file: cannot load the flow: " + broken), errLines.get(0));
    }

    @Test
    void yamlFilesAmongThePathsAreInstanceFilesAndAreNotLinted() throws IOException {
        Path instance = write("instance.yaml", INSTANCE);
        Path other = write("other.yml", "not: a flow");
        Path file = write("queue.json", settingQueue("BasicQueue"));

        assertEquals(0, run("validate", "--instance-file", instance.toString(), instance.toString(), other.toString(),
                file.toString()));
        assertEquals(List.of("1 file, 0 errors, 0 warnings"), outLines());
    }

    @Test
    void onlyYamlFilesAsPathsIsBadUsage() throws IOException {
        Path instance = write("instance.yaml", INSTANCE);

        assertBadUsage(run("validate", instance.toString()), "no flow files among the PATHs");
    }

    @Test
    void helpSaysWhichInstanceFileIsUsedByDefault() {
        assertEquals(0, run("validate", "--help"));

        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains("--instance-file=FILE|none"), out.toString());
        assertTrue(help.contains("Default: flows/instance.yaml of the project when one is found, else none."),
                out.toString());
    }

    @Test
    void theProjectsFlowsValidateWithoutErrorsOrWarningsAgainstTheProjectsInstance() {
        Path projectRoot = Path.of("..");
        Path instance = ValidateCommand.instanceFile(null, Optional.of(Project.find())).orElseThrow();
        assertEquals(projectRoot.resolve("flows/instance.yaml").toAbsolutePath().normalize(), instance);

        assertEquals(0, run("validate", "--instance-file", instance.toString(), projectRoot.resolve("flows").toString()));
        assertEquals(List.of("11 files, 0 errors, 0 warnings"), outLines());
        assertEquals("", err.toString());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
