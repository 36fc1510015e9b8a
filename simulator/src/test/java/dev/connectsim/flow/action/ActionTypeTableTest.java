package dev.connectsim.flow.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The table "Every action type of the Flow Language" in docs/fidelity.md and the engine say the same thing: every type
 * the engine knows is in the table marked modelled, every type marked modelled is one the engine knows, every
 * type the table marks not modelled parses as {@link Unsupported} of a type of the reference ({@link ReferenceTypes}),
 * and the table's types are the reference's, so the table cannot drift from the code.
 */
class ActionTypeTableTest {

    private static final String HEADING = "## Every action type of the Flow Language";
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z]+)` \\| (yes|no) \\| (.+) \\| (.+) \\|$");

    @Test
    void everyTypeTheEngineKnowsIsInTheTableMarkedModelled() throws IOException {
        Map<String, Boolean> table = table();

        for (String type : ActionTypes.names()) {
            assertTrue(table.containsKey(type), type + " is known to the engine but missing from the table");
            assertTrue(table.get(type), type + " is known to the engine but the table says it is not modelled");
        }
    }

    @Test
    void everyTypeTheTableMarksModelledIsOneTheEngineKnows() throws IOException {
        table().forEach((type, modelled) -> {
            if (modelled) {
                assertTrue(ActionTypes.isKnown(type), type + " is marked modelled but the engine does not know it");
                assertFalse(oneActionFlow(type).actions().get(0) instanceof Unsupported,
                        type + " parses as Unsupported");
            }
        });
    }

    @Test
    void everyTypeTheTableMarksNotModelledParsesAsUnsupportedNamingItsType() throws IOException {
        List<String> notModelled = table().entrySet().stream()
                .filter(row -> !row.getValue())
                .map(Map.Entry::getKey)
                .toList();
        assertFalse(notModelled.isEmpty(), "the table lists types that are not modelled");

        for (String type : notModelled) {
            Action action = oneActionFlow(type).actions().get(0);

            Unsupported unsupported = assertInstanceOf(Unsupported.class, action,
                    type + " is marked not modelled but parses as " + action.getClass().getSimpleName());
            assertEquals(type, unsupported.type());
            assertTrue(unsupported.isReferenceType(), unsupported.reason());
            assertEquals("the Flow Language action type '" + type + "' is one Amazon Connect runs, but the simulator"
                    + " does not model it", unsupported.reason());
        }
    }

    @Test
    void theTableListsTheTypesOfTheReferenceAndOneMore() throws IOException {
        Set<String> rows = new TreeSet<>(table().keySet());
        rows.remove("UpdateContactRoutingCriteria");

        assertEquals(new TreeSet<>(ReferenceTypes.all()), rows);
    }

    @Test
    void theTableNamesEachTypeOnceAndSaysItCountsRight() throws IOException {
        String section = section();
        String text = section.replaceAll("\\s+", " ");
        long rows = section.lines().filter(line -> line.startsWith("| `")).count();
        Map<String, Boolean> table = table();
        long modelled = table.values().stream().filter(m -> m).count();

        assertEquals(rows, table.size(), "a type appears twice in the table");
        assertTrue(text.contains("The reference lists " + (table.size() - 1) + " types; the simulator models "
                + (modelled - 1) + " of them, and one more that the lists do not name (`UpdateContactRoutingCriteria`"),
                "the counts in the text before the table match its rows");
    }

    private static Flow oneActionFlow(String type) {
        return FlowParser.parseText("flows/one.json", """
                {"Version": "2019-10-30", "StartAction": "a1", "Actions": [
                  {"Identifier": "a1", "Type": "%s", "Parameters": {}, "Transitions": {}}]}
                """.formatted(type));
    }

    private static Map<String, Boolean> table() throws IOException {
        Map<String, Boolean> rows = new LinkedHashMap<>();
        for (String line : section().lines().toList()) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows.put(row.group(1), row.group(2).equals("yes"));
            }
        }
        assertFalse(rows.isEmpty(), "docs/fidelity.md has rows under '" + HEADING + "'");
        return rows;
    }

    private static String section() throws IOException {
        String fidelity = Files.readString(Path.of("..", "docs", "fidelity.md"));
        int start = fidelity.indexOf(HEADING);
        assertTrue(start >= 0, "docs/fidelity.md has a section '" + HEADING + "'");
        int end = fidelity.indexOf("\n## ", start + HEADING.length());
        return fidelity.substring(start, end < 0 ? fidelity.length() : end);
    }
}
