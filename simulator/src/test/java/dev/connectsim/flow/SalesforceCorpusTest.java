package dev.connectsim.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Unsupported;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conformance: every Salesforce sample flow in ../shared/conformance/salesforce-examples loads, as its NOTICE.md
 * describes it. Skipped only when that folder is absent.
 */
class SalesforceCorpusTest {

    private static Map<Path, Flow> flows;

    @BeforeAll
    static void loadEveryFile() {
        flows = SalesforceExamples.jsonFiles().stream()
                .collect(Collectors.toMap(Function.identity(), FlowParser::parseFile, (a, b) -> a, TreeMap::new));
    }

    private static List<Flow> current() {
        return flows.values().stream().filter(f -> f.format() == FlowFormat.CURRENT).toList();
    }

    /** "CheckHoursOfOperation (1), CheckMetricData (5), ..." of NOTICE.md, as a map. */
    private static Map<String, Long> noticeCounts() throws IOException {
        String notice = Files.readString(SalesforceExamples.file("NOTICE.md"));
        Matcher line = Pattern.compile("The 28 action types, with how many times each occurs: (.*)\\.").matcher(notice);
        assertTrue(line.find(), "NOTICE.md lists the types with their counts");
        Pattern entry = Pattern.compile("(\\w+) \\((\\d+)\\)");
        return Arrays.stream(line.group(1).split(", "))
                .map(entry::matcher)
                .peek(m -> assertTrue(m.matches(), "entry " + m))
                .collect(Collectors.toMap(m -> m.group(1), m -> Long.parseLong(m.group(2)), (a, b) -> a,
                        TreeMap::new));
    }

    @Test
    void theCorpusHasTwentyEightFilesOfWhichTwentyThreeCurrentAndFiveLegacy() {
        assertEquals(28, flows.size());
        assertEquals(23, current().size());
        List<String> legacy = flows.entrySet().stream()
                .filter(e -> e.getValue().format() == FlowFormat.LEGACY)
                .map(e -> e.getKey().getFileName().toString())
                .toList();
        assertEquals(List.of("SCVCB - New or Existing Case.json", "SCVCB - RouteToAgent.json",
                "SCVCB - SMS Transfer.json", "Sample_SCV_REST_Check_For_Open_Cases.json",
                "Sample_SCV_REST_Link_Call_To_Case.json"), legacy);
    }

    @Test
    void theCurrentFilesUseExactlyTheTwentyEightTypesOfTheNoticeAndNoneIsUnsupported() throws IOException {
        List<Action> actions = current().stream().flatMap(f -> f.actions().stream()).toList();

        assertEquals(noticeCounts().keySet(), actions.stream().map(Action::type).collect(Collectors.toSet()));
        actions.forEach(a -> assertFalse(a instanceof Unsupported, a.type() + " " + a.identifier()));
    }

    @Test
    void eachTypeOccursAsOftenAsTheNoticeCounts() throws IOException {
        Map<String, Long> counts = current().stream()
                .flatMap(f -> f.actions().stream())
                .collect(Collectors.groupingBy(Action::type, TreeMap::new, Collectors.counting()));

        assertEquals(noticeCounts(), counts);
        assertEquals(71L, counts.get("MessageParticipant"));
        assertEquals(73L, counts.get("UpdateContactAttributes"));
    }

    @Test
    void everyCurrentFileHasTheOneValidVersion() {
        current().forEach(f -> assertEquals("2019-10-30", f.version().orElseThrow(), f.source()));
    }

    @Test
    void everyStartActionAndEveryTransitionNamesAnActionOfItsFlow() {
        for (Flow flow : flows.values()) {
            assertTrue(flow.action(flow.startAction().orElseThrow()).isPresent(), flow.source() + " StartAction");
            for (Action action : flow.actions()) {
                for (String target : action.transitions().targets()) {
                    assertTrue(flow.action(target).isPresent(),
                            flow.source() + ": " + action.identifier() + " goes to missing " + target);
                }
            }
        }
    }

    @Test
    void flowTypesAreReadWhereTheEditorWroteThem() {
        Map<String, FlowType> typed = flows.entrySet().stream()
                .filter(e -> e.getValue().type().isPresent())
                .collect(Collectors.toMap(e -> e.getKey().getFileName().toString(),
                        e -> e.getValue().type().orElseThrow(), (a, b) -> a, TreeMap::new));

        assertEquals(FlowType.QUEUE_TRANSFER, typed.get("Sample SCV Transfer Flow For Omni Routing Transfers.json"));
        assertEquals(FlowType.CUSTOMER_QUEUE, typed.get("Sample_SCV_Voicemail_Subflow_For_Omni_Routing.json"));
        assertEquals(FlowType.OUTBOUND_WHISPER,
                typed.get("Sample SCV Outbound Flow From Rep With Caller ID Override.json"));
        assertEquals(16, typed.size(), "11 current files and the 5 legacy ones say their type: " + typed.keySet());
    }
}
