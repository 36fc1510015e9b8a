package dev.connectsim.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectsim.flow.lint.KnownNames;
import dev.connectsim.flow.lint.KnownNames.Kind;
import dev.connectsim.text.NearestName;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** InstanceNames answers for the unknown-reference rule what an instance file defines, as flows refer to it. */
class InstanceNamesTest {

    private static final String OWN = "arn:aws:connect:us-east-1:000000000000:instance/"
            + "11111111-2222-4333-8444-555555555555";
    private static final String FOREIGN = "arn:aws:connect:eu-west-2:123456789012:instance/"
            + "99999999-8888-4777-8666-555555555555";
    private static final String LOOKUP = "arn:aws:lambda:us-east-1:123456789012:function:LookupCustomer";
    private static final String TELEPHONY =
            "arn:aws:lambda:us-west-2:210987654321:function:acme-InvokeTelephonyIntegrationApiFunction";

    private static final String YAML = """
            instance: {id: 11111111-2222-4333-8444-555555555555}
            hoursOfOperation:
              Support Hours: {id: h-support, zone: UTC, open: {MONDAY: "08:00-20:00"}}
            queues:
              BasicQueue: {}
              SupportQueue: {id: q-support, hours: Support Hours}
            routingProfiles:
              Basic Routing Profile: [BasicQueue, SupportQueue]
            agents:
              alice: {routingProfile: Basic Routing Profile, id: u-alice}
              bob: {routingProfile: Basic Routing Profile}
            flows:
              Inbound: {file: inbound.json, type: CONTACT_FLOW, id: f-inbound}
              Agent Transfer: {file: agent-transfer.json, type: AGENT_TRANSFER}
            lambdas:
              placeholders: {LOOKUP_FUNCTION_ARN: "%s"}
              functions:
                "%s": {returns: {}}
            """.formatted(LOOKUP, LOOKUP);

    @TempDir
    Path dir;

    private KnownNames names;

    @BeforeEach
    void loadTheInstance() {
        FlowFiles.write(dir, "inbound.json", null);
        FlowFiles.write(dir, "agent-transfer.json", "agentTransfer");
        names = InstanceNames.of(InstanceFile.parse(YAML, dir, "instance.yaml"));
    }

    private Optional<String> nearest(Kind kind, String wanted) {
        return NearestName.in(names.suggestions(kind), wanted);
    }

    @Test
    void queuesAreFoundByNameIdArnOrAForeignArnEndingInTheirId() {
        assertEquals(Optional.of(true), names.hasQueue("BasicQueue"));
        assertEquals(Optional.of(true), names.hasQueue("q-support"));
        assertEquals(Optional.of(true), names.hasQueue(OWN + "/queue/q-support"));
        assertEquals(Optional.of(true), names.hasQueue(FOREIGN + "/queue/q-support"));
        assertEquals(Optional.of(false), names.hasQueue("SuportQueue"));
        assertEquals(Optional.of(false), names.hasQueue(FOREIGN + "/queue/q-other"));
        assertEquals(Optional.of("SupportQueue"), nearest(Kind.QUEUE, "SuportQueue"));
    }

    @Test
    void agentsAreFoundByUsernameIdArnOrAForeignArnEndingInTheirId() {
        assertEquals(Optional.of(true), names.hasAgent("bob"));
        assertEquals(Optional.of(true), names.hasAgent(OWN + "/agent/u-alice"));
        assertEquals(Optional.of(true), names.hasAgent(FOREIGN + "/agent/u-alice"));
        assertEquals(Optional.of(false), names.hasAgent("alcie"));
        assertEquals(Optional.of("alice"), nearest(Kind.AGENT, "alcie"));
    }

    @Test
    void hoursOfOperationAreFoundByNameIdArnOrAForeignArnEndingInTheirIdAndBasicHoursAlwaysExists() {
        assertEquals(Optional.of(true), names.hasHoursOfOperation("Basic Hours"));
        assertEquals(Optional.of(true), names.hasHoursOfOperation("Support Hours"));
        assertEquals(Optional.of(true), names.hasHoursOfOperation(OWN + "/operating-hours/h-support"));
        assertEquals(Optional.of(true), names.hasHoursOfOperation(FOREIGN + "/operating-hours/h-support"));
        assertEquals(Optional.of(false), names.hasHoursOfOperation("Suport Hours"));
        assertEquals(Optional.of("Support Hours"), nearest(Kind.HOURS_OF_OPERATION, "Suport Hours"));
    }

    @Test
    void flowsAreFoundByNameIdArnOrAForeignArnEndingInTheirId() {
        assertEquals(Optional.of(true), names.hasFlow("Agent Transfer"));
        assertEquals(Optional.of(true), names.hasFlow("f-inbound"));
        assertEquals(Optional.of(true), names.hasFlow(OWN + "/contact-flow/f-inbound"));
        assertEquals(Optional.of(true), names.hasFlow(FOREIGN + "/contact-flow/f-inbound"));
        assertEquals(Optional.of(false), names.hasFlow("Inbund"));
        assertEquals(Optional.of("Inbound"), nearest(Kind.FLOW, "Inbund"));
    }

    /**
     * Issue 17: "[unknown-reference] the flow '%%AWSSCVAgentWhisperWithStreaming%%' is not defined" with that flow
     * defined: deploy placeholders worked for Lambda functions only.
     */
    @Test
    void flowsAndQueuesAreFoundByTheDeployPlaceholderOfTheirName() {
        assertEquals(Optional.of(true), names.hasFlow("%%Inbound%%"));
        assertEquals(Optional.of(true), names.hasQueue("%%SupportQueue%%"));
        assertEquals(Optional.of(false), names.hasFlow("%%Inbund%%"));
        assertEquals(Optional.of(false), names.hasQueue("%SupportQueue%"));
    }

    @Test
    void lambdaFunctionsAreFoundByTheirArnAnAliasOfItOrTheirDeployPlaceholder() {
        assertEquals(Optional.of(true), names.hasLambda(LOOKUP));
        assertEquals(Optional.of(true), names.hasLambda(LOOKUP + ":active"));
        assertEquals(Optional.of(true), names.hasLambda("%%LOOKUP_FUNCTION_ARN%%"));
        assertEquals(Optional.of(false), names.hasLambda(LOOKUP.replace("123456789012", "210987654321")),
                "a function of another account is another function");
        assertEquals(Optional.of(false), names.hasLambda(LOOKUP + "s"));
        assertEquals(Optional.of(LOOKUP), nearest(Kind.LAMBDA, LOOKUP + "s"));
    }

    @Test
    void theScvTelephonyFunctionIsKnownUnderAnyArnBecauseTheSimulatorBindsItThereByDefault() {
        assertEquals(Optional.of(true), names.hasLambda(TELEPHONY));
        assertEquals(Optional.of(true), names.hasLambda(TELEPHONY + ":active"));
        assertEquals(Optional.of(false), names.hasLambda("%%INVOKE_TELEPHONY_FUNCTION_ARN%%"),
                "a placeholder nobody declared stands for nothing");
    }

    @Test
    void promptsAreNotCheckedBecauseTheInstanceFileHasNone() {
        assertEquals(Optional.empty(), names.hasPrompt("Welcome"));
        assertEquals(List.of(), names.suggestions(Kind.PROMPT));
    }

    @Test
    void suggestionsListTheNamesOfEachKindInDefinitionOrder() {
        assertEquals(List.of("BasicQueue", "SupportQueue"), names.suggestions(Kind.QUEUE));
        assertEquals(List.of("alice", "bob"), names.suggestions(Kind.AGENT));
        assertEquals(List.of("Inbound", "Agent Transfer"), names.suggestions(Kind.FLOW));
        assertEquals(List.of("Basic Hours", "Support Hours"), names.suggestions(Kind.HOURS_OF_OPERATION));
        assertEquals(List.of(LOOKUP, "%%LOOKUP_FUNCTION_ARN%%"), names.suggestions(Kind.LAMBDA));
    }
}
