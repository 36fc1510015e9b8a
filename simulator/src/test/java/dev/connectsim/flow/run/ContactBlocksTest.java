package dev.connectsim.flow.run;

import static dev.connectsim.flow.run.FlowTestBed.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.contact.ContactSettings;
import dev.connectsim.flow.FlowType;
import dev.connectsim.lambda.LambdaReply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactBlocksTest {

    private static final String LAMBDA = "arn:aws:lambda:us-west-2:123456789012:function:lookup";

    /** A block of {@code type} with {@code parameters} that goes to "ok", or to "error" on NoMatchingError. */
    private static String block(String type, String parameters) {
        return """
                {"Identifier":"block","Type":"%s","Parameters":%s,
                 "Transitions":{"NextAction":"ok","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """.formatted(type, parameters) + say("ok") + "," + say("error");
    }

    private static String setAttributes(String identifier, String attributes, String next) {
        return """
                {"Identifier":"%s","Type":"UpdateContactAttributes","Parameters":{"Attributes":%s},
                 "Transitions":{"NextAction":"%s","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}}"""
                .formatted(identifier, attributes, next);
    }

    private static ContactSettings settingsAfter(FlowTestBed bed, String contactId) {
        return bed.sim().contact(contactId).settings();
    }

    @Test
    void updateContactAttributesSetsStaticReferencedAndTemplatedValues() {
        FlowTestBed bed = FlowTestBed.inbound(setAttributes("set", """
                {"static":"yes","caller":"$.CustomerEndpoint.Address",
                 "greeting":"Hello $.CustomerEndpoint.Address, you called $.SystemEndpoint.Address"}""", "ok")
                + "," + say("ok") + "," + say("error"));

        String contactId = bed.call();

        assertEquals(Map.of("static", "yes", "caller", FlowTestBed.CALLER,
                "greeting", "Hello " + FlowTestBed.CALLER + ", you called " + FlowTestBed.SYSTEM_NUMBER),
                bed.sim().contact(contactId).attributes());
        assertEquals(List.of("ok"), bed.heard(contactId));
        assertEquals(bed.sim().contact(contactId).attributes(), bed.sim().contact(contactId).record().attributes(),
                "the contact record carries the attributes");
    }

    @Test
    void updateContactAttributesTakesAKeyFromAReference() {
        FlowTestBed bed = FlowTestBed.inbound(setAttributes("name", "{\"field\":\"sfdc-Reason__c\"}", "set")
                + "," + setAttributes("set", "{\"$.Attributes.field\":\"billing\"}", "ok")
                + "," + say("ok") + "," + say("error"));

        String contactId = bed.call();

        assertEquals("billing", bed.sim().contact(contactId).attributes().get("sfdc-Reason__c"));
    }

    @Test
    void updateContactAttributesCopiesALambdaResultThatLaterBlocksRead() {
        FlowTestBed bed = lookupBed(Map.of("voiceCallId", "0LQ000000000001"), setAttributes("copy",
                "{\"voiceCallId\":\"$.External.voiceCallId\"}", "ok") + "," + say("ok", "Call $.Attributes.voiceCallId")
                + "," + say("error"));

        String contactId = bed.call();

        assertEquals("0LQ000000000001", bed.sim().contact(contactId).attributes().get("voiceCallId"));
        assertEquals(List.of("Call 0LQ000000000001"), bed.heard(contactId));
    }

    @Test
    void updateContactAttributesReferringToAMissingExternalKeyTakesTheErrorBranchAndSetsNoAttributeAtAll() {
        FlowTestBed bed = lookupBed(Map.of("voiceCallId", "0LQ000000000001"), setAttributes("copy",
                "{\"first\":\"set\",\"voiceCallId\":\"$.External.voiceCallId\",\"problems\":\"$.External.errors\"}",
                "ok") + "," + say("ok") + "," + say("error"));

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertEquals(Map.of(), bed.sim().contact(contactId).attributes(), "all or nothing");
        assertTrue(bed.branches(contactId).contains("copy Error NoMatchingError"), bed.branches(contactId).toString());
    }

    /** A bed whose flow first invokes a function that returns {@code response}, then runs {@code actions}. */
    private FlowTestBed lookupBed(Map<String, String> response, String actions) {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"lookup","Type":"InvokeLambdaFunction",
                 "Parameters":{"LambdaFunctionARN":"%s","InvocationTimeLimitSeconds":"3"},
                 "Transitions":{"NextAction":"copy","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """.formatted(LAMBDA) + actions);
        bed.lambdas.bind(LAMBDA, (event, context) -> LambdaReply.after(Duration.ofMillis(200)).returns(response));
        return bed;
    }

    @Test
    void updateContactRecordingBehaviorTurnsOnRecordingAndAnalyticsInTheSettingsAndTheContactRecord() {
        FlowTestBed bed = FlowTestBed.inbound(block("UpdateContactRecordingBehavior", """
                {"RecordingBehavior":{"RecordedParticipants":["Agent","Customer"]},
                 "AnalyticsBehavior":{"Enabled":"True","AnalyticsMode":"RealTime","AnalyticsLanguage":"en-US"}}"""));

        String contactId = bed.call();

        ContactSettings settings = settingsAfter(bed, contactId);
        assertEquals(List.of("Agent", "Customer"), settings.recordedParticipants());
        assertTrue(settings.recording());
        assertTrue(settings.analyticsEnabled());
        assertEquals("RealTime", settings.analyticsMode());
        assertEquals(settings, bed.sim().contact(contactId).record().settings());
    }

    @Test
    void updateContactRecordingBehaviorWithNoParticipantsTurnsRecordingOff() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"on","Type":"UpdateContactRecordingBehavior",
                 "Parameters":{"RecordingBehavior":{"RecordedParticipants":["Agent","Customer"]}},
                 "Transitions":{"NextAction":"block"}},
                """ + block("UpdateContactRecordingBehavior", "{\"RecordingBehavior\":{\"RecordedParticipants\":[]}}"));

        String contactId = bed.call();

        assertFalse(settingsAfter(bed, contactId).recording());
        assertFalse(settingsAfter(bed, contactId).analyticsEnabled());
        assertNull(settingsAfter(bed, contactId).analyticsMode());
    }

    @Test
    void updateContactEventHooksSetsTheHookAndTheHookedFlowRunsWhenTheContactIsQueued() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"block","Type":"UpdateContactEventHooks",
                 "Parameters":{"EventHooks":{"CustomerQueue":"Hold Music"}},
                 "Transitions":{"NextAction":"set-queue","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                {"Identifier":"set-queue","Type":"UpdateContactTargetQueue","Parameters":{"QueueId":"EmptyQueue"},
                 "Transitions":{"NextAction":"queue"}},
                {"Identifier":"queue","Type":"TransferContactToQueue","Parameters":{},"Transitions":{}},
                """ + say("error")).flow("Hold Music", FlowType.CUSTOMER_QUEUE, say("music", "Please hold"));

        String contactId = bed.call();
        bed.sim().runFor(Duration.ofSeconds(2));

        assertEquals(Map.of("CustomerQueue", "Hold Music"), settingsAfter(bed, contactId).eventHooks());
        assertEquals(List.of("Please hold"), bed.heard(contactId));
        assertEquals(settingsAfter(bed, contactId), bed.sim().contact(contactId).record().settings());
    }

    @Test
    void updateContactEventHooksWithAHookConnectDoesNotHaveTakesTheErrorBranch() {
        FlowTestBed bed = FlowTestBed.inbound(block("UpdateContactEventHooks",
                "{\"EventHooks\":{\"CustomerQeue\":\"Hold Music\"}}"))
                .flow("Hold Music", FlowType.CUSTOMER_QUEUE, say("music"));

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertEquals(Map.of(), settingsAfter(bed, contactId).eventHooks());
    }

    @Test
    void updateContactEventHooksNamingAFlowTheInstanceDoesNotHaveTakesTheErrorBranch() {
        FlowTestBed bed = FlowTestBed.inbound(block("UpdateContactEventHooks",
                "{\"EventHooks\":{\"CustomerQueue\":\"Hold Musik\"}}"))
                .flow("Hold Music", FlowType.CUSTOMER_QUEUE, say("music"));

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertEquals(Map.of(), settingsAfter(bed, contactId).eventHooks());
    }

    @Test
    void updateContactMediaStreamingBehaviorStartsAndStopsStreamingTheCustomersAudio() {
        FlowTestBed on = FlowTestBed.inbound(block("UpdateContactMediaStreamingBehavior", """
                {"MediaStreamingState":"Enabled","MediaStreamType":"Audio",
                 "Participants":[{"ParticipantType":"Customer","MediaDirections":["From","To"]}]}"""));
        String contactId = on.call();
        assertTrue(settingsAfter(on, contactId).mediaStreaming());
        assertEquals(List.of("ok"), on.heard(contactId));

        FlowTestBed off = FlowTestBed.inbound("""
                {"Identifier":"start","Type":"UpdateContactMediaStreamingBehavior",
                 "Parameters":{"MediaStreamingState":"Enabled","MediaStreamType":"Audio"},
                 "Transitions":{"NextAction":"block"}},
                """ + block("UpdateContactMediaStreamingBehavior",
                "{\"MediaStreamingState\":\"Disabled\",\"MediaStreamType\":\"Audio\"}"));
        contactId = off.call();
        assertFalse(settingsAfter(off, contactId).mediaStreaming());
    }

    @Test
    void updateContactRoutingCriteriaKeepsTheCriteriaAsWritten() {
        FlowTestBed bed = FlowTestBed.inbound(block("UpdateContactRoutingCriteria", """
                {"RoutingCriteria":{"Steps":[{"Expiry":{"DurationInSeconds":"30"},
                  "Expression":{"AttributeCondition":{"Name":"Language","Value":"French",
                   "ProficiencyLevel":"4","ComparisonOperator":"NumberGreaterOrEqualTo"}}}]}}"""));

        String contactId = bed.call();

        Map<String, Object> expected = Map.of("Steps", List.of(Map.of(
                "Expiry", Map.of("DurationInSeconds", "30"),
                "Expression", Map.of("AttributeCondition", Map.of("Name", "Language", "Value", "French",
                        "ProficiencyLevel", "4", "ComparisonOperator", "NumberGreaterOrEqualTo")))));
        assertEquals(expected, settingsAfter(bed, contactId).routingCriteria());
        assertEquals(List.of("ok"), bed.heard(contactId));
    }

    @Test
    void updateContactDataSetsTheLanguageACustomerIdFromTwoReferencesAndTheVoiceIdFlag() {
        FlowTestBed bed = FlowTestBed.inbound(setAttributes("set",
                "{\"account\":\"A-17\",\"region\":\"EU\"}", "block") + ","
                + block("UpdateContactData", """
                        {"LanguageCode":"fr-CA","CustomerId":"$.Attributes.account/$.Attributes.region",
                         "IsVoiceIdStreamingEnabled":"True"}"""));

        String contactId = bed.call();

        ContactSettings settings = settingsAfter(bed, contactId);
        assertEquals("fr-CA", settings.languageCode());
        assertEquals("A-17/EU", settings.customerId());
        assertTrue(settings.voiceIdStreaming());
        assertEquals(List.of("ok"), bed.heard(contactId));
    }

    @Test
    void updateContactDataWithALanguageFromAMissingAttributeTakesTheErrorBranchAndKeepsTheLanguage() {
        FlowTestBed bed = FlowTestBed.inbound(block("UpdateContactData", "{\"LanguageCode\":\"$.Attributes.lang\"}"));

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertEquals("en-US", settingsAfter(bed, contactId).languageCode());
    }

    @Test
    void updateContactTextToSpeechVoiceChangesTheVoiceThatLaterBlocksSee() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"block","Type":"UpdateContactTextToSpeechVoice","Parameters":{"TextToSpeechVoice":"Matthew"},
                 "Transitions":{"NextAction":"ok","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """ + say("ok", "Voice $.TextToSpeechVoiceId") + "," + say("error"));

        String contactId = bed.call();

        assertEquals("Matthew", settingsAfter(bed, contactId).textToSpeechVoice());
        assertEquals(List.of("Voice Matthew"), bed.heard(contactId));
    }

    @Test
    void updateContactTextToSpeechVoiceWithNoVoiceTakesTheErrorBranch() {
        FlowTestBed bed = FlowTestBed.inbound(block("UpdateContactTextToSpeechVoice", "{}"));

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertEquals("Joanna", settingsAfter(bed, contactId).textToSpeechVoice());
    }

    @Test
    void updateContactCallbackNumberKeepsAnE164Number() {
        FlowTestBed bed = FlowTestBed.inbound(block("UpdateContactCallbackNumber",
                "{\"CallbackNumber\":\"$.CustomerEndpoint.Address\"}"));

        String contactId = bed.call();

        assertEquals(FlowTestBed.CALLER, settingsAfter(bed, contactId).callbackNumber());
        assertEquals(List.of("ok"), bed.heard(contactId));
    }

    @Test
    void updateContactCallbackNumberThatIsNotAPhoneNumberTakesInvalidCallbackNumber() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"block","Type":"UpdateContactCallbackNumber","Parameters":{"CallbackNumber":"555-0100"},
                 "Transitions":{"NextAction":"ok","Errors":[{"ErrorType":"InvalidCallbackNumber","NextAction":"invalid"},
                   {"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """ + say("ok") + "," + say("invalid") + "," + say("error"));

        String contactId = bed.call();

        assertEquals(List.of("invalid"), bed.heard(contactId));
        assertNull(settingsAfter(bed, contactId).callbackNumber());
    }

    @Test
    void startVoiceIdStreamStartsTheStreamThatCheckVoiceIdNeeds() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"stream","Type":"StartVoiceIdStream","Parameters":{},
                 "Transitions":{"NextAction":"check","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                {"Identifier":"check","Type":"CheckVoiceId","Parameters":{"CheckVoiceIdOption":"enrollmentStatus"},
                 "Transitions":{"NextAction":"error","Conditions":[
                   {"NextAction":"enrolled","Condition":{"Operator":"Equals","Operands":["Enrolled"]}},
                   {"NextAction":"not-enrolled","Condition":{"Operator":"Equals","Operands":["NotEnrolled"]}}],
                 "Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """ + say("enrolled") + "," + say("not-enrolled") + "," + say("error"));

        String contactId = bed.call();

        assertTrue(settingsAfter(bed, contactId).voiceIdStreaming());
        assertEquals(List.of("not-enrolled"), bed.heard(contactId), "the simulator enrols nobody");
    }

    @Test
    void checkVoiceIdWithoutAStreamTakesTheErrorBranch() {
        FlowTestBed bed = FlowTestBed.inbound(block("CheckVoiceId", "{\"CheckVoiceIdOption\":\"enrollmentStatus\"}"));

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertFalse(settingsAfter(bed, contactId).voiceIdStreaming());
    }
}
