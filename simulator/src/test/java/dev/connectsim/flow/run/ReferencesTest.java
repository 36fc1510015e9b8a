package dev.connectsim.flow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.contact.Contact;
import dev.connectsim.contact.ContactType;
import dev.connectsim.contact.InitiationMethod;
import dev.connectsim.routing.AgentOptions;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.QueueOptions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferencesTest {

    private static final String INSTANCE_ARN = "arn:aws:connect:us-east-1:000000000000:instance/"
            + Instance.DEFAULT_INSTANCE_ID;

    private final Instance instance = Instance.builder()
            .queue("SupportQueue", QueueOptions.defaults().withId("q-support")
                    .withOutboundCallerIdNumber("+18005550177"))
            .queue("BasicQueue")
            .routingProfile("Support", "SupportQueue")
            .agent("bob", "Support", AgentOptions.defaults().withId("u-bob").withName("Bob", "Builder"))
            .build();

    /** The second leg of a call: transferred from c-1, which began the call. */
    private final Contact contact = new Contact("c-2", ContactType.VOICE, InitiationMethod.TRANSFER, "c-1", "c-1",
            "+15550100", "+18005550100", Instant.parse("2026-01-05T09:00:00Z"));

    private final ContactFlowState state = new ContactFlowState(false, null);

    private FlowScope scope() {
        return new FlowScope(contact, state, instance, "Test Flow");
    }

    private Optional<String> resolve(String reference) {
        return References.resolve(reference, scope());
    }

    private String render(String template) {
        return Values.render(template, scope());
    }

    @Test
    void attributesAreReadByKeyIncludingKeysWithDashesAndQuotedKeysWithDots() {
        contact.putAttribute("voiceCallId", "0LQ1");
        contact.putAttribute("sfdc-RTT_flag__c", "true");
        contact.putAttribute("order.id", "A-17");

        assertEquals(Optional.of("0LQ1"), resolve("$.Attributes.voiceCallId"));
        assertEquals(Optional.of("true"), resolve("$.Attributes.sfdc-RTT_flag__c"));
        assertEquals(Optional.of("A-17"), resolve("$.Attributes['order.id']"));
        assertEquals(Optional.empty(), resolve("$.Attributes.voicecallid"), "keys are case-sensitive");
    }

    @Test
    void externalIsReadThroughNestedObjectsAndListIndexesWithNonTextValuesAsText() {
        Map<String, Object> external = new LinkedHashMap<>();
        external.put("voiceCallId", "0LQ1");
        external.put("routing", Map.of("agent", Map.of("name", "carol"), "attempts", 2, "vip", true));
        external.put("queues", List.of("SupportQueue", "BasicQueue"));
        external.put("errors", List.of());
        state.replaceExternal(external);

        assertEquals(Optional.of("0LQ1"), resolve("$.External.voiceCallId"));
        assertEquals(Optional.of("carol"), resolve("$.External.routing.agent.name"));
        assertEquals(Optional.of("2"), resolve("$.External.routing.attempts"));
        assertEquals(Optional.of("true"), resolve("$.External.routing.vip"));
        assertEquals(Optional.of("BasicQueue"), resolve("$.External.queues.1"));
        assertEquals(Optional.of("[]"), resolve("$.External.errors"));
        assertEquals(Optional.of("{\"name\":\"carol\"}"), resolve("$.External.routing.agent"));
        assertEquals(Optional.empty(), resolve("$.External.queues.2"));
        assertEquals(Optional.empty(), resolve("$.External.routing.agent.name.first"));
        assertEquals(Optional.empty(), resolve("$.External"));
    }

    @Test
    void theQueueIsTheWorkingQueueWithItsNameArnAndOutboundCallerId() {
        assertEquals(Optional.empty(), resolve("$.Queue.Name"), "no working queue yet");

        contact.setTargetQueue(instance.queue("SupportQueue").info());

        assertEquals(Optional.of("SupportQueue"), resolve("$.Queue.Name"));
        assertEquals(Optional.of(INSTANCE_ARN + "/queue/q-support"), resolve("$.Queue.ARN"));
        assertEquals(Optional.of("+18005550177"), resolve("$.Queue.OutboundCallerId.Address"));
        assertEquals(Optional.empty(), resolve("$.Queue.Colour"));
    }

    @Test
    void aQueueWithoutAnOutboundCallerIdHasNoAddress() {
        contact.setTargetQueue(instance.queue("BasicQueue").info());

        assertEquals(Optional.empty(), resolve("$.Queue.OutboundCallerId.Address"));
    }

    @Test
    void theAgentIsTheTargetAgentOfATransferToAgentFlowAndNothingElsewhere() {
        assertEquals(Optional.empty(), resolve("$.Agent.UserName"), "an inbound flow has no $.Agent");

        state.setTargetAgent("bob");

        assertEquals(Optional.of("bob"), resolve("$.Agent.UserName"));
        assertEquals(Optional.of("Bob"), resolve("$.Agent.FirstName"));
        assertEquals(Optional.of("Builder"), resolve("$.Agent.LastName"));
        assertEquals(Optional.of(INSTANCE_ARN + "/agent/u-bob"), resolve("$.Agent.ARN"));
        assertEquals(Optional.empty(), resolve("$.Agent.Shoe"));
    }

    @Test
    void endpointsAreTheCallersNumberAndTheNumberDialled() {
        assertEquals(Optional.of("+15550100"), resolve("$.CustomerEndpoint.Address"));
        assertEquals(Optional.of("TELEPHONE_NUMBER"), resolve("$.CustomerEndpoint.Type"));
        assertEquals(Optional.of("+18005550100"), resolve("$.SystemEndpoint.Address"));
        assertEquals(Optional.of("TELEPHONE_NUMBER"), resolve("$.SystemEndpoint.Type"));
    }

    @Test
    void theContactsIdsChannelAndInitiationMethodAreItsOwn() {
        assertEquals(Optional.of("c-2"), resolve("$.ContactId"));
        assertEquals(Optional.of("c-1"), resolve("$.InitialContactId"));
        assertEquals(Optional.of("c-1"), resolve("$.PreviousContactId"));
        assertEquals(Optional.of("VOICE"), resolve("$.Channel"));
        assertEquals(Optional.of("TRANSFER"), resolve("$.InitiationMethod"));
        assertEquals(Optional.of(INSTANCE_ARN), resolve("$.InstanceARN"));
    }

    @Test
    void aFirstLegHasNoPreviousContactAndIsItsOwnInitialContact() {
        Contact first = new Contact("c-1", ContactType.VOICE, InitiationMethod.INBOUND, null, null, "+15550100",
                "+18005550100", Instant.parse("2026-01-05T09:00:00Z"));
        FlowScope firstScope = new FlowScope(first, state, instance, "Test Flow");

        assertEquals(Optional.of("c-1"), References.resolve("$.InitialContactId", firstScope));
        assertEquals(Optional.empty(), References.resolve("$.PreviousContactId", firstScope));
        assertEquals(Optional.of("INBOUND"), References.resolve("$.InitiationMethod", firstScope));
    }

    @Test
    void theLanguageVoiceAndCustomerIdAreWhatFlowsSet() {
        assertEquals(Optional.of("en-US"), resolve("$.LanguageCode"));
        assertEquals(Optional.of("Joanna"), resolve("$.TextToSpeechVoiceId"));
        assertEquals(Optional.empty(), resolve("$.CustomerId"));

        contact.updateSettings(s -> s.withLanguageCode("fr-CA").withTextToSpeechVoice("Chantal")
                .withCustomerId("A-17"));

        assertEquals(Optional.of("fr-CA"), resolve("$.LanguageCode"));
        assertEquals(Optional.of("Chantal"), resolve("$.TextToSpeechVoiceId"));
        assertEquals(Optional.of("A-17"), resolve("$.CustomerId"));
    }

    @Test
    void storedCustomerInputAndTheLastInvocationIdComeFromTheFlowState() {
        assertEquals(Optional.empty(), resolve("$.StoredCustomerInput"));

        state.setStoredCustomerInput("+12065550123");
        state.setLastInvocationId("inv-1");

        assertEquals(Optional.of("+12065550123"), resolve("$.StoredCustomerInput"));
        assertEquals(Optional.of("inv-1"), resolve("$.LambdaInvocation.InvocationId"));
    }

    @Test
    void aReferenceToNothingResolvesToNothing() {
        for (String missing : List.of("$.Attributes.none", "$.Attributes", "$.External.none", "$.Nope",
                "$.ContactId.More", "$.CustomerEndpoint", "$.Lex.IntentName", "$.Metrics.Queue.Size")) {
            assertEquals(Optional.empty(), resolve(missing), missing);
        }
    }

    @Test
    void aTemplateFillsInEveryReferenceAndLeavesNothingForOnesThatAreMissing() {
        contact.putAttribute("first", "Ann");
        contact.putAttribute("last", "Lee");

        assertEquals("Hello Ann Lee.", render("Hello $.Attributes.first $.Attributes.last."));
        assertEquals("AnnLee", render("$.Attributes.first$.Attributes.last"));
        assertEquals("Ann/+15550100", render("$.Attributes.first/$.CustomerEndpoint.Address"));
        assertEquals("Hi , welcome", render("Hi $.Attributes.missing, welcome"));
        assertEquals("Costs $5, not $.", render("Costs $5, not $."));
        assertEquals("no references", render("no references"));
    }

    @Test
    void aParameterIsOneReferenceOnlyWhenTheWholeValueIsOne() {
        assertTrue(References.isReference("$.Attributes.sfdc-RTT_flag__c"));
        assertTrue(References.isReference("$.External.routing.agent.name"));
        assertFalse(References.isReference("Hello $.Attributes.first"));
        assertFalse(References.isReference("$.Attributes.first $.Attributes.last"));
        assertFalse(References.isReference("BasicQueue"));
    }

    @Test
    void aWholeReferenceToNothingIsMissingWhileATemplateWithOneIsText() {
        assertEquals(Optional.empty(), Values.resolve("$.Attributes.none", scope()));
        assertEquals(Optional.of("Queue: "), Values.resolve("Queue: $.Attributes.none", scope()));
        assertEquals(Optional.of("BasicQueue"), Values.resolve("BasicQueue", scope()));
        assertEquals(Optional.empty(), Values.resolve(null, scope()));
    }
}
