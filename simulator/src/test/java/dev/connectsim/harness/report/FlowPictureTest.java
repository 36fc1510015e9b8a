package dev.connectsim.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.coverage.FlowCoverage;
import dev.connectsim.flow.run.BlockVisit;
import dev.connectsim.project.ProjectInstance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** flows/agent-transfer.json drawn with a path on it: taken strong and green, the rest faded, pure Java. */
class FlowPictureTest {

    private static final Flow AGENT_TRANSFER = ProjectInstance.of(Path.of("..")).flows().named("Agent Transfer").flow();

    @Test
    void theTakenPathIsGreenAndBoldAndTheRestFadedAndDashed() {
        FlowCoverage coverage = FlowCoverage.of("Agent Transfer", AGENT_TRANSFER, List.of(
                visit("enable-logging", "NextAction", "create-vc-tries"),
                visit("create-vc-tries", "Condition Equals [ContinueLooping]", "create-transfer-vc")));

        String text = FlowPicture.plantUml(AGENT_TRANSFER, coverage);

        assertTrue(text.contains("a0 -[#2e9d4a,bold]-> a1 : NextAction\n"), "enable-logging to create-vc-tries, taken: "
                + text);
        assertTrue(text.contains("a1 -[#2e9d4a,bold]-> a2 : Equals ContinueLooping\n"), text);
        assertTrue(text.contains("label \"<color:#999999>Equals DoneLooping</color>\" as t0\na1 -[#cccccc,dashed]- t0\n"
                + "t0 -[#cccccc,dashed]-> a4\n"), "DoneLooping, not taken, beside the NextAction to the same block: "
                + text);
        assertTrue(text.contains("rectangle \"enable-logging\\n<size:9>UpdateFlowLoggingBehavior</size>"
                + "\\n<size:9>FlowLoggingBehavior: Enabled</size>\" as a0 #e6f4ea"), text);
        assertTrue(text.contains("as a4 #fafafa;line.dashed"), "note-vc-failure, never run, is faded: " + text);
    }

    @Test
    void aNextActionAndAnErrorBranchToTheSameBlockAreTwoLabelledArrows() {
        FlowCoverage coverage = FlowCoverage.of("Agent Transfer", AGENT_TRANSFER, List.of(
                visit("say-transferring", "NextAction", "record-call")));

        String text = FlowPicture.plantUml(AGENT_TRANSFER, coverage);
        String svg = new String(FlowPicture.svg(AGENT_TRANSFER, coverage), StandardCharsets.UTF_8);

        String sayTransferring = alias(text, "say-transferring");
        String recordCall = alias(text, "record-call");
        assertTrue(text.contains(sayTransferring + " -[#2e9d4a,bold]-> " + recordCall + " : NextAction\n"),
                "the taken NextAction, green and labelled: " + text);
        assertTrue(text.matches("(?s).*label \"<color:#999999>NoMatchingError</color>\" as (t\\d+)\n"
                + sayTransferring + " -\\[#cccccc,dashed]- \\1\n\\1 -\\[#cccccc,dashed]-> " + recordCall + "\n.*"),
                "the error branch, faded, on a path of its own through its label: " + text);
        assertEquals(countOf(text, "NextAction"), countOf(svg, ">NextAction<"), "every NextAction is labelled");
    }

    @Test
    void itRendersAsSvgWithoutGraphviz() {
        String svg = new String(FlowPicture.svg(AGENT_TRANSFER, FlowCoverage.of("Agent Transfer", AGENT_TRANSFER,
                List.of())), StandardCharsets.UTF_8);

        assertTrue(svg.startsWith("<svg") || svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
        assertTrue(svg.contains("create-transfer-vc"));
        assertFalse(svg.contains("Graphviz"), "the built-in layout needs no dot binary");
    }

    private static String alias(String plantUml, String identifier) {
        return plantUml.replaceFirst("(?s).*rectangle \"" + identifier + "\\\\n[^\"]*\" as (a\\d+).*", "$1");
    }

    private static long countOf(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static BlockVisit visit(String action, String branch, String target) {
        return new BlockVisit(Instant.EPOCH, "c-1", "Agent Transfer", null, action, null, branch, target);
    }
}
