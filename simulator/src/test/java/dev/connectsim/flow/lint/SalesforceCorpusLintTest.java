package dev.connectsim.flow.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowParser;
import dev.connectsim.flow.SalesforceExamples;
import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.ActionTypes;
import dev.connectsim.flow.action.Unsupported;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conformance: the Salesforce sample flows, which Amazon Connect accepts, have no ERROR finding. If a rule fires
 * on them, the rule is wrong. Skipped only when ../shared/conformance/salesforce-examples is absent.
 */
class SalesforceCorpusLintTest {

    private static Map<Path, Flow> flows;

    @BeforeAll
    static void loadEveryFile() {
        flows = new LinkedHashMap<>();
        SalesforceExamples.jsonFiles().forEach(file -> flows.put(file, FlowParser.parseFile(file)));
    }

    @Test
    void noSampleFlowHasAnErrorFinding() {
        List<Finding> errors = new ArrayList<>();
        flows.values().forEach(flow -> FlowValidator.validate(flow).stream().filter(Finding::isError)
                .forEach(errors::add));

        assertEquals(List.of(), errors);
        assertEquals(28, flows.size());
    }

    @Test
    void everyParameterTheSamplesUseIsAllowedForItsActionType() {
        for (Flow flow : flows.values()) {
            for (Action action : flow.actions()) {
                if (action instanceof Unsupported) {
                    continue;
                }
                List<String> allowed = ParameterNames.allowed(action.type()).orElseThrow();
                for (String name : action.parameters().keySet()) {
                    assertTrue(allowed.contains(name), flow.source() + ": " + action.type() + " " + name);
                }
            }
        }
    }

    @Test
    void everyKnownActionTypeHasAParameterTable() {
        ActionTypes.names().forEach(type -> assertTrue(ParameterNames.allowed(type).isPresent(), type));
    }

    @Test
    void everySampleIdentifierIsValidAndFlowsOfAKnownTypeUseOnlyAllowedBlocks() {
        int typed = 0;
        for (Flow flow : flows.values()) {
            List<Finding> findings = FlowValidator.validate(flow);
            findings.forEach(f -> assertTrue(!f.rule().equals("invalid-identifier")
                    && !f.rule().equals("wrong-flow-type"), f.toString()));
            typed += flow.type().isPresent() ? 1 : 0;
        }
        assertEquals(16, typed, "the type-restriction rule was exercised on the typed samples");
    }
}
