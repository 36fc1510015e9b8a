package dev.connectsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowFormat;
import dev.connectsim.flow.FlowParser;
import dev.connectsim.flow.FlowType;
import dev.connectsim.flow.action.Unsupported;
import dev.connectsim.flow.lint.FlowValidator;
import dev.connectsim.flow.lint.Severity;
import dev.connectsim.flow.run.EndReason;
import dev.connectsim.flow.run.FlowRunRecord;
import dev.connectsim.sim.Simulation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every legacy test export (one per mapped module type) maps with no unsupported module, validates with no
 * error, and runs as a call to an end that is not a FLOW_ERROR. Inbound flows answer the system number; the
 * whisper and customer-queue flows run from the hooks {@code set-event-hook.json} sets.
 */
class LegacyCorpusTest {

    static Stream<Path> corpus() {
        return LegacyFlows.files().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void mapsEveryModuleAndValidatesWithNoError(Path file) {
        Flow flow = FlowParser.parseFile(file);

        assertEquals(FlowFormat.LEGACY, flow.format());
        assertEquals(List.of(), flow.actions().stream().filter(Unsupported.class::isInstance)
                .map(a -> ((Unsupported) a).reason()).toList());
        assertEquals(List.of(), FlowValidator.validate(flow).stream()
                .filter(f -> f.severity() == Severity.ERROR).map(Object::toString).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void runsAsACallToAnEndThatIsNotAFlowError(Path file) {
        Flow flow = FlowParser.parseFile(file);
        if (LegacyFlows.typeOf(flow) != FlowType.CONTACT_FLOW) {
            return; // runs from its hook: see the test below
        }
        Simulation sim = LegacyFlows.answeredBy(file.getFileName().toString());

        String contactId = LegacyFlows.call(sim);

        List<FlowRunRecord> runs = LegacyFlows.runs(sim, contactId);
        assertFalse(runs.isEmpty(), "the flow never ended; it ran " + LegacyFlows.path(sim, contactId));
        assertNotEquals(EndReason.FLOW_ERROR, runs.get(0).reason(), runs.get(0).detail());
        assertEquals(flow.startAction().orElseThrow(), LegacyFlows.path(sim, contactId).get(0));
    }

    @Test
    void theWhisperAndQueueFlowsRunFromTheirHooksToAnEndThatIsNotAFlowError() {
        Simulation sim = LegacyFlows.answeredBy("set-event-hook.json");
        String contactId = sim.inboundCall(LegacyFlows.CALLER);

        sim.runUntil(() -> sim.flows().runs().stream().anyMatch(r -> "Legacy Resume".equals(r.flowName())),
                java.time.Duration.ofMinutes(5));

        List<String> ran = sim.flows().runs().stream().filter(r -> r.contactId().equals(contactId))
                .map(FlowRunRecord::flowName).toList();
        assertEquals(List.of("Legacy SetEventHook", "Legacy LoopPrompts", "Legacy Resume"), ran.stream().distinct()
                .toList());
        sim.flows().runs().forEach(r -> assertNotEquals(EndReason.FLOW_ERROR, r.reason(), r.detail()));
    }
}
