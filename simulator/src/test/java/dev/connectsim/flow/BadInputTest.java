package dev.connectsim.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.connectsim.flow.action.Condition;
import dev.connectsim.flow.action.Operator;
import dev.connectsim.flow.action.Transitions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad flow files get one line naming the file and the place, never a stack trace or a hang. */
class BadInputTest {

    private static final String FILE = "flows/x.json";

    @TempDir
    Path folder;

    private static String messageFor(String text) {
        FlowParseException e = assertThrows(FlowParseException.class, () -> FlowParser.parseText(FILE, text));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertEquals(FILE, e.source());
        return e.getMessage();
    }

    private static String messageForFile(Path file) {
        FlowParseException e = assertThrows(FlowParseException.class, () -> FlowParser.parseFile(file));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    /** JSON written with single quotes, for readable tests. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static String actions(String singleQuotedActions) {
        return json("{'Version': '2019-10-30', 'StartAction': 'a', 'Actions': " + singleQuotedActions + "}");
    }

    @Test
    void truncatedJsonNamesTheLineAndColumnWhereTheTextEndsAndWhatWasLeftOpen() {
        String text = """
                {"Version": "2019-10-30",
                 "Actions": [
                  {"Identifier": "a\"""";

        assertEquals("flows/x.json:3:21: malformed JSON: Unexpected end-of-input"
                + " (expected a closing '}' for the object opened at 3:3)", messageFor(text));
    }

    @Test
    void otherMalformedJsonGivesJacksonsReasonWithoutItsNoise() {
        assertEquals("flows/x.json:1:2: malformed JSON: Unexpected character ('V'): was expecting double-quote"
                + " to start field name", messageFor("{Version: 1}"));
        assertEquals("flows/x.json:2:2: malformed JSON: Unexpected character ('\"'): was expecting comma to"
                + " separate Object entries", messageFor(json("{'Version': '2019-10-30'\n 'Actions': []}")));
    }

    @Test
    void anEmptyFileIsNamedAsEmpty() throws IOException {
        Path empty = Files.writeString(folder.resolve("empty.json"), "");

        assertEquals(empty + ": the file is empty (expected a flow: a JSON object)", messageForFile(empty));
        assertEquals("flows/x.json: the file is empty (expected a flow: a JSON object)", messageFor("  \n\t "));
    }

    @Test
    void aFileThatIsNotAJsonObjectSaysWhatItFound() {
        assertEquals("flows/x.json: expected a JSON object (a flow), found an array", messageFor("[1, 2]"));
        assertEquals("flows/x.json: expected a JSON object (a flow), found a string", messageFor(json("'flow'")));
    }

    @Test
    void anObjectThatIsNoFlowListsTheKeysItHasAndTheOnesExpected() {
        assertEquals("flows/x.json: not a flow: expected Actions (the flow language), ContactFlow (an export), or"
                + " modules (the legacy format); found keys foo, bar", messageFor(json("{'foo': 1, 'bar': 2}")));
        assertEquals("flows/x.json: not a flow: expected Actions (the flow language), ContactFlow (an export), or"
                + " modules (the legacy format); found an empty object", messageFor("{}"));
    }

    @Test
    void anActionThatIsNotAnObjectIsNamedByItsPointer() {
        String text = actions("[{'Identifier': 'a', 'Type': 'Loop'}, {'Identifier': 'b', 'Type': 'Loop'},"
                + " {'Identifier': 'c', 'Type': 'Loop'}, 'oops']");

        assertEquals("flows/x.json: /Actions/3: expected an object for an action, found a string", messageFor(text));
    }

    @Test
    void aMissingIdentifierOrTypeIsNamedWithTheActionAndThePointer() {
        assertEquals("flows/x.json: /Actions/0/Identifier: missing field Identifier",
                messageFor(actions("[{'Type': 'Loop'}]")));
        assertEquals("flows/x.json: action 'abc' (/Actions/2/Type): missing field Type", messageFor(actions(
                "[{'Identifier': 'a', 'Type': 'Loop'}, {'Identifier': 'b', 'Type': 'Loop'}, {'Identifier': 'abc'}]")));
        assertEquals("flows/x.json: /Actions/0/Identifier: expected a string for Identifier, found a number",
                messageFor(actions("[{'Identifier': 7, 'Type': 'Loop'}]")));
    }

    @Test
    void actionsThatAreNotAnArrayOrAreMissingAreNamed() {
        assertEquals("flows/x.json: /Actions: expected an array for Actions, found an object",
                messageFor(actions("{}")));
        assertEquals("flows/x.json: /Actions: missing field Actions", messageFor(json("{'Version': '2019-10-30'}")));
    }

    @Test
    void transitionsOfTheWrongShapeAreNamedDownToTheEntry() {
        assertEquals("flows/x.json: action 'a' (/Actions/0/Transitions/Errors/0/ErrorType): missing field ErrorType",
                messageFor(actions("[{'Identifier': 'a', 'Type': 'Loop',"
                        + " 'Transitions': {'Errors': [{'NextAction': 'b'}]}}]")));
        assertEquals("flows/x.json: action 'a' (/Actions/0/Transitions/Conditions/0/Condition/Operands/0):"
                        + " expected a string for an operand, found a number",
                messageFor(actions("[{'Identifier': 'a', 'Type': 'Loop', 'Transitions': {'Conditions':"
                        + " [{'NextAction': 'b', 'Condition': {'Operator': 'Equals', 'Operands': [2]}}]}}]")));
        assertEquals("flows/x.json: action 'a' (/Actions/0/Transitions/NextAction): expected a string for"
                        + " NextAction, found an array",
                messageFor(actions("[{'Identifier': 'a', 'Type': 'Loop', 'Transitions': {'NextAction': []}}]")));
    }

    @Test
    void parametersThatAreNotAnObjectOrHoldNullAreNamed() {
        assertEquals("flows/x.json: action 'a' (/Actions/0/Parameters): expected an object for Parameters,"
                + " found a string", messageFor(actions("[{'Identifier': 'a', 'Type': 'Loop', 'Parameters': '2'}]")));
        assertEquals("flows/x.json: action 'a' (/Actions/0/Parameters/a~1b/c/1): null is not a parameter value"
                + " (expected text, a list or an object)", messageFor(actions(
                "[{'Identifier': 'a', 'Type': 'Loop', 'Parameters': {'a/b': {'c': ['x', null]}}}]")));
    }

    @Test
    void aKeyGivenTwiceInOneObjectIsReportedWhereTheSecondOneIs() {
        String text = """
                {"Version": "2019-10-30", "Actions": [
                  {"Identifier": "a", "Type": "Loop", "Type": "Compare"}
                ]}""";

        assertEquals("flows/x.json:2:45: duplicate key 'Type' (a JSON object may name a key only once)",
                messageFor(text));
    }

    @Test
    void contentAfterTheFlowIsRefused() {
        assertEquals("flows/x.json:1:17: malformed JSON: more content after the end of the JSON value",
                messageFor(json("{'Actions': []} {}")));
    }

    @Test
    void nestingBeyondTheParsersLimitIsRefusedWithoutOverflowingTheStack() {
        assertEquals("flows/x.json:1:1001: JSON too large or too deep: Document nesting depth (1001) exceeds the"
                + " maximum allowed (1000)", messageFor("[".repeat(5000) + "]".repeat(5000)));
    }

    @Test
    void aTenMegabyteFileIsRefusedQuicklyNamingItsSizeAndTheLimit() throws IOException {
        Path big = folder.resolve("big.json");
        Files.write(big, (json("{'Actions': [") + " ".repeat(10 * 1024 * 1024 - 15) + "]}").getBytes());

        String message = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> messageForFile(big));

        assertEquals(big + ": the file is 10,485,760 bytes, over the limit of 1,048,576 bytes (1 MiB) for a flow"
                + " file; Connect takes at most 256,000 characters of flow content", message);
    }

    @Test
    void aTenMegabyteTextIsRefusedToo() {
        String message = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> messageFor(json("{'Actions': [") + " ".repeat(10_000_000) + "]}"));

        assertEquals("flows/x.json: the flow text is 10,000,015 characters, over the limit of 1,048,576 characters"
                + " for a flow file; Connect takes at most 256,000 characters of flow content", message);
    }

    @Test
    void aDeviceIsRefusedAsNotARegularFileWithoutBeingRead() {
        Path zeros = Path.of("/dev/zero");
        assumeTrue(Files.exists(zeros), "needs /dev/zero");

        String message = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> messageForFile(zeros));

        assertEquals("/dev/zero: is not a regular file (a FIFO, a device or a socket is never read as one);"
                + " expected a flow file", message);
    }

    /** Issue 16: a FIFO was opened and read from forever. */
    @Test
    void aFifoIsRefusedAsNotARegularFileInsteadOfAReadThatNeverEnds() throws IOException, InterruptedException {
        Path fifo = folder.resolve("flow.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor(), "mkfifo");

        String message = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> messageForFile(fifo));

        assertEquals(fifo + ": is not a regular file (a FIFO, a device or a socket is never read as one);"
                + " expected a flow file", message);
    }

    @Test
    void aMissingFileAFolderAndTextThatIsNotUtf8AreNamed() throws IOException {
        Path missing = folder.resolve("missing.json");
        Path latin1 = Files.write(folder.resolve("latin1.json"),
                new byte[] {'{', '"', 'N', '"', ':', '"', (byte) 0xE9, '"', '}'});

        assertEquals(missing + ": no such file", messageForFile(missing));
        assertEquals(folder + ": is a folder, not a flow file", messageForFile(folder));
        assertEquals(latin1 + ":1:7: not UTF-8 text: invalid byte at offset 6", messageForFile(latin1));
    }

    @Test
    void aLegacyModuleWithoutTypeOrABranchWithoutTransitionIsNamed() {
        assertEquals("flows/x.json: action 'm1' (/modules/0/type): missing field type",
                messageFor(json("{'modules': [{'id': 'm1'}]}")));
        assertEquals("flows/x.json: action 'm1' (/modules/0/branches/0/transition): missing field transition",
                messageFor(json("{'modules': [{'id': 'm1', 'type': 'PlayPrompt',"
                        + " 'branches': [{'condition': 'Success'}]}]}")));
        assertEquals("flows/x.json: /modules/1: expected an object for a module, found a number",
                messageFor(json("{'modules': [{'id': 'm1', 'type': 'Disconnect'}, 5]}")));
    }

    @Test
    void theMessageIsAlsoAvailableInItsParts() {
        FlowParseException e = assertThrows(FlowParseException.class,
                () -> FlowParser.parseText(FILE, actions("[{'Identifier': 'abc'}]")));

        assertEquals(FILE, e.source());
        assertEquals("action 'abc' (/Actions/0/Type)", e.place());
        assertEquals("missing field Type", e.problem());
    }
}
