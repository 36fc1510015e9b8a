package dev.connectsim.flow.run;

import static dev.connectsim.flow.run.FlowTestBed.CALLER;
import static dev.connectsim.flow.run.FlowTestBed.FLOW_START;
import static dev.connectsim.flow.run.FlowTestBed.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.lambda.ContactData;
import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.LambdaReply;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.QueueOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LambdaBlockTest {

    private static final String TELEPHONY =
            "arn:aws:lambda:us-west-2:123456789012:function:sfdc-InvokeTelephonyIntegrationApiFunction";
    private static final String ENDINGS = say("ok") + "," + say("error") + "," + say("copy-failed");

    /** An InvokeLambdaFunction of {@code arn} that goes to {@code next}; "error" on NoMatchingError. */
    private static String invoke(String identifier, String arn, String limit, String extraParameters, String next) {
        return """
                {"Identifier":"%s","Type":"InvokeLambdaFunction",
                 "Parameters":{"LambdaFunctionARN":"%s","InvocationTimeLimitSeconds":"%s"%s},
                 "Transitions":{"NextAction":"%s","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """.formatted(identifier, arn, limit, extraParameters, next);
    }

    private static String copy(String identifier, String attributes, String next) {
        return """
                {"Identifier":"%s","Type":"UpdateContactAttributes","Parameters":{"Attributes":%s},
                 "Transitions":{"NextAction":"%s","Errors":[{"ErrorType":"NoMatchingError","NextAction":"copy-failed"}]}},
                """.formatted(identifier, attributes, next);
    }

    @Test
    void aSuccessfulInvocationPutsTheResponseInExternalForUpdateContactAttributesToCopy() {
        FlowTestBed bed = FlowTestBed.inbound(invoke("create", TELEPHONY, "8", "", "copy")
                + copy("copy", "{\"voiceCallId\":\"$.External.voiceCallId\"}", "ok") + ENDINGS);
        bed.lambdas.bind(TELEPHONY, (event, context) -> LambdaReply.after(Duration.ofMillis(300))
                .returns(Map.of("voiceCallId", "0LQ000000000001")));

        String contactId = bed.call();

        assertEquals(List.of("ok"), bed.heard(contactId));
        assertEquals("0LQ000000000001", bed.sim().contact(contactId).attributes().get("voiceCallId"));
        assertEquals(Map.of("voiceCallId", "0LQ000000000001"), bed.sim().flows().external(contactId));
        assertEquals(FLOW_START.plusMillis(300), bed.visit(contactId, "create").at());
    }

    @Test
    void theFunctionReceivesTheContactAndTheResolvedInvocationAttributes() {
        List<ContactFlowEvent> events = new ArrayList<>();
        String queueArn = Instance.instanceArn(Instance.DEFAULT_INSTANCE_ID) + "/queue/support-queue-id";
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"set","Type":"UpdateContactAttributes",
                 "Parameters":{"Attributes":{"sfdc-Reason__c":"billing"}},"Transitions":{"NextAction":"set-queue"}},
                {"Identifier":"set-queue","Type":"UpdateContactTargetQueue","Parameters":{"QueueId":"SupportQueue"},
                 "Transitions":{"NextAction":"create"}},
                """ + invoke("create", TELEPHONY, "8", """
                ,"LambdaInvocationAttributes":{"methodName":"createVoiceCall","reason":"$.Attributes.sfdc-Reason__c",
                  "caller":"Caller $.CustomerEndpoint.Address","missing":"$.Attributes.none"}""", "ok") + ENDINGS)
                .instance(b -> b.queue("SupportQueue", QueueOptions.defaults().withId("support-queue-id")
                        .withOutboundCallerIdNumber("+18005550177")));
        bed.lambdas.bind(TELEPHONY, (event, context) -> {
            events.add(event);
            return LambdaReply.returns(Map.of());
        });

        String contactId = bed.call();

        assertEquals(1, events.size());
        ContactFlowEvent event = events.get(0);
        assertEquals(Map.of("methodName", "createVoiceCall", "reason", "billing", "caller", "Caller " + CALLER,
                "missing", ""), event.parameters());
        ContactData data = event.contactData();
        assertEquals(contactId, data.contactId());
        assertEquals(contactId, data.initialContactId());
        assertNull(data.previousContactId());
        assertEquals("VOICE", data.channel());
        assertEquals("INBOUND", data.initiationMethod());
        assertEquals(Instance.instanceArn(Instance.DEFAULT_INSTANCE_ID), data.instanceArn());
        assertEquals(CALLER, data.customerEndpoint().address());
        assertEquals(FlowTestBed.SYSTEM_NUMBER, data.systemEndpoint().address());
        assertEquals(Map.of("sfdc-Reason__c", "billing"), data.attributes());
        assertEquals(new ContactData.Queue(queueArn, "SupportQueue", ContactData.Endpoint.phoneNumber("+18005550177")),
                data.queue());
        assertEquals("en-US", data.languageCode());
    }

    @Test
    void aFunctionThatAnswersAfterTheTimeLimitTakesTheErrorBranchAtTheLimit() {
        FlowTestBed bed = FlowTestBed.inbound(invoke("create", TELEPHONY, "3", "", "ok") + ENDINGS);
        bed.lambdas.bind(TELEPHONY, (event, context) -> LambdaReply.after(Duration.ofSeconds(4))
                .returns(Map.of("voiceCallId", "0LQ000000000001")));

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        BlockVisit create = bed.visit(contactId, "create");
        assertEquals("Error NoMatchingError", create.branch());
        assertEquals(FLOW_START.plusSeconds(3), create.at());
        assertEquals(Map.of(), bed.sim().flows().external(contactId));
    }

    @Test
    void aFunctionThatFailsTakesTheErrorBranchAfterConnectsRetries() {
        List<Integer> attempts = new ArrayList<>();
        FlowTestBed bed = FlowTestBed.inbound(invoke("create", TELEPHONY, "8", "", "ok") + ENDINGS);
        bed.lambdas.bind(TELEPHONY, (event, context) -> {
            attempts.add(context.attempt());
            return LambdaReply.after(Duration.ofMillis(100)).fails("Error creating VoiceCall record");
        });

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertEquals(List.of(1, 2, 3, 4), attempts);
    }

    @Test
    void anArnNothingIsBoundToTakesTheErrorBranch() {
        FlowTestBed bed = FlowTestBed.inbound(invoke("create", TELEPHONY + "-typo", "8", "", "ok") + ENDINGS);
        bed.lambdas.bind(TELEPHONY, (event, context) -> LambdaReply.returns(Map.of()));

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertEquals("Error NoMatchingError", bed.visit(contactId, "create").branch());
    }

    @Test
    void aTimeLimitOutOfRangeTakesTheErrorBranchWithoutCallingTheFunction() {
        List<ContactFlowEvent> events = new ArrayList<>();
        FlowTestBed bed = FlowTestBed.inbound(invoke("create", TELEPHONY, "9", "", "ok") + ENDINGS);
        bed.lambdas.bind(TELEPHONY, (event, context) -> {
            events.add(event);
            return LambdaReply.returns(Map.of());
        });

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertEquals(List.of(), events);
    }

    @Test
    void eachInvocationReplacesExternalSoAKeyOnlyTheFirstReturnedIsGone() {
        FlowTestBed bed = FlowTestBed.inbound(invoke("first", TELEPHONY, "8", "", "second")
                + invoke("second", TELEPHONY, "8", "", "copy")
                + copy("copy", "{\"a\":\"$.External.a\",\"b\":\"$.External.b\"}", "ok") + ENDINGS);
        List<Map<String, String>> replies = new ArrayList<>(List.of(Map.of("a", "1", "b", "2"), Map.of("a", "3")));
        bed.lambdas.bind(TELEPHONY, (event, context) -> LambdaReply.returns(replies.remove(0)));

        String contactId = bed.call();

        assertEquals(Map.of("a", "3"), bed.sim().flows().external(contactId));
        assertEquals(List.of("copy-failed"), bed.heard(contactId), "$.External.b is gone");
        assertEquals(Map.of(), bed.sim().contact(contactId).attributes());
    }

    @Test
    void aDeployPlaceholderArnReachesTheFunctionItWasBoundTo() {
        FlowTestBed bed = FlowTestBed.inbound(invoke("create", "%%INVOKE_TELEPHONY_FUNCTION_ARN%%", "8", "", "copy")
                + copy("copy", "{\"voiceCallId\":\"$.External.voiceCallId\"}", "ok") + ENDINGS);
        bed.lambdas.bind(TELEPHONY, (event, context) -> LambdaReply.returns(Map.of("voiceCallId", "0LQ2")));
        bed.lambdas.bindPlaceholder("%%INVOKE_TELEPHONY_FUNCTION_ARN%%", TELEPHONY);

        String contactId = bed.call();

        assertEquals(List.of("ok"), bed.heard(contactId));
        assertEquals("0LQ2", bed.sim().contact(contactId).attributes().get("voiceCallId"));
    }

    @Test
    void anUnboundDeployPlaceholderTakesTheErrorBranch() {
        FlowTestBed bed = FlowTestBed.inbound(invoke("create", "%%INVOKE_TELEPHONY_FUNCTION_ARN%%", "8", "", "ok")
                + ENDINGS);
        bed.lambdas.bind(TELEPHONY, (event, context) -> LambdaReply.returns(Map.of("voiceCallId", "0LQ2")));

        assertEquals(List.of("error"), bed.heard(bed.call()));
    }

    @Test
    void anAsynchronousInvocationGoesOnAtOnceWithAnEmptyExternalAndItsInvocationId() {
        List<String> invocationIds = new ArrayList<>();
        FlowTestBed bed = FlowTestBed.inbound(invoke("create", TELEPHONY, "30", ",\"InvocationType\":\"ASYNCHRONOUS\"",
                "remember") + copy("remember", "{\"invocation\":\"$.LambdaInvocation.InvocationId\"}", "ok")
                + ENDINGS);
        bed.lambdas.bind(TELEPHONY, (event, context) -> {
            invocationIds.add(context.invocationId());
            return LambdaReply.after(Duration.ofSeconds(20)).returns(Map.of("voiceCallId", "0LQ3"));
        });

        String contactId = bed.call();

        assertEquals(FLOW_START, bed.visit(contactId, "create").at());
        assertEquals(List.of("ok"), bed.heard(contactId));
        assertEquals(Map.of(), bed.sim().flows().external(contactId));
        assertEquals(invocationIds, List.of(bed.sim().contact(contactId).attributes().get("invocation")));
    }

    @Test
    void jsonResponseValidationKeepsNestedValuesForDottedReferences() {
        FlowTestBed bed = FlowTestBed.inbound(invoke("route", TELEPHONY, "8",
                ",\"ResponseValidation\":{\"ResponseType\":\"JSON\"}", "copy")
                + copy("copy", "{\"agent\":\"$.External.routing.agent.name\",\"first\":\"$.External.queues.0\"}", "ok")
                + ENDINGS);
        bed.lambdas.bind(TELEPHONY, (event, context) -> LambdaReply.returns(Map.of(
                "routing", Map.of("agent", Map.of("name", "carol")), "queues", List.of("SupportQueue", "BasicQueue"))));

        String contactId = bed.call();

        assertEquals(List.of("ok"), bed.heard(contactId));
        assertEquals(Map.of("agent", "carol", "first", "SupportQueue"), bed.sim().contact(contactId).attributes());
    }

    @Test
    void stringMapResponseValidationRejectsANestedResponse() {
        FlowTestBed bed = FlowTestBed.inbound(invoke("route", TELEPHONY, "8",
                ",\"ResponseValidation\":{\"ResponseType\":\"STRING_MAP\"}", "ok") + ENDINGS);
        bed.lambdas.bind(TELEPHONY, (event, context) -> LambdaReply.returns(Map.of(
                "routing", Map.of("agent", "carol"))));

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertTrue(bed.sim().flows().external(contactId).isEmpty());
    }

    @Test
    void aLoggedInvocationShowsTheExternalResultsInTheFlowLog() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"log-on","Type":"UpdateFlowLoggingBehavior",
                 "Parameters":{"FlowLoggingBehavior":"Enabled"},"Transitions":{"NextAction":"create"}},
                """ + invoke("create", TELEPHONY, "8",
                ",\"LambdaInvocationAttributes\":{\"methodName\":\"createVoiceCall\"}", "ok") + ENDINGS);
        bed.lambdas.bind(TELEPHONY, (event, context) -> LambdaReply.returns(Map.of("voiceCallId", "0LQ4")));

        String contactId = bed.call();

        FlowLogEntry entry = bed.logs(contactId).stream().filter(e -> e.identifier().equals("create")).findFirst()
                .orElseThrow();
        assertEquals(Map.of("voiceCallId", "0LQ4"), entry.externalResults());
        assertEquals("InvokeLambdaFunction", entry.moduleType());
        assertEquals(Map.of("methodName", "createVoiceCall"), entry.parameters().get("LambdaInvocationAttributes"));
    }
    @Test
    void theFlowLogShowsTheInvocationAttributesAsTheFunctionReceivedThemNotAsExternalIsAfterItReturned() {
        List<Map<String, String>> received = new ArrayList<>();
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"log-on","Type":"UpdateFlowLoggingBehavior",
                 "Parameters":{"FlowLoggingBehavior":"Enabled"},"Transitions":{"NextAction":"first"}},
                """ + invoke("first", TELEPHONY, "8", "", "second")
                + invoke("second", TELEPHONY, "8", ",\"LambdaInvocationAttributes\":{\"previous\":\"$.External.step\"}",
                "ok") + ENDINGS);
        List<Map<String, String>> replies = new ArrayList<>(List.of(Map.of("step", "one"), Map.of("step", "two")));
        bed.lambdas.bind(TELEPHONY, (event, context) -> {
            received.add(event.parameters());
            return LambdaReply.returns(replies.remove(0));
        });

        String contactId = bed.call();

        assertEquals(List.of(Map.of(), Map.of("previous", "one")), received);
        FlowLogEntry second = bed.logs(contactId).stream().filter(e -> e.identifier().equals("second")).findFirst()
                .orElseThrow();
        assertEquals(Map.of("previous", "one"), second.parameters().get("LambdaInvocationAttributes"));
        assertEquals(Map.of("step", "two"), second.externalResults());
    }
}
