package dev.connectsim.harness.report;

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

        assertTrue(text.contains("a0 -[#2e9d4a,bold]-> a1\n"), "enable-logging to create-vc-tries, taken: " + text);
        assertTrue(text.contains("a1 -[#2e9d4a,bold]-> a2 : Equals ContinueLooping\n"), text);
        assertTrue(text.contains("a1 -[#cccccc,dashed]-> a4 : <color:#999999>Equals DoneLooping</color>\n"), text);
        assertTrue(text.contains("rectangle \"enable-logging\\n<size:9>UpdateFlowLoggingBehavior</size>"
                + "\\n<size:9>FlowLoggingBehavior: Enabled</size>\" as a0 #e6f4ea"), text);
        assertTrue(text.contains("as a4 #fafafa;line.dashed"), "note-vc-failure, never run, is faded: " + text);
    }

    @Test
    void itRendersAsSvgWithoutGraphviz() {
        String svg = new String(FlowPicture.svg(AGENT_TRANSFER, FlowCoverage.of("Agent Transfer", AGENT_TRANSFER,
                List.of())), StandardCharsets.UTF_8);

        assertTrue(svg.startsWith("<svg") || svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
        assertTrue(svg.contains("create-transfer-vc"));
        assertFalse(svg.contains("Graphviz"), "the built-in layout needs no dot binary");
    }

    private static BlockVisit visit(String action, String branch, String target) {
        return new BlockVisit(Instant.EPOCH, "c-1", "Agent Transfer", null, action, null, branch, target);
    }
}
