package dev.connectsim.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.lambda.ContactData.AudioStream;
import dev.connectsim.lambda.ContactData.Endpoint;
import dev.connectsim.lambda.ContactData.Queue;
import dev.connectsim.lambda.ContactData.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactFlowEventTest {

    private static final String INSTANCE = "arn:aws:connect:us-west-2:123456789012:instance/11111111-2222";
    private static final String QUEUE_ARN = INSTANCE + "/queue/33333333-4444";

    @Test
    void theEventHasConnectsKeyNamesAndCaseAtEveryLevel() {
        ContactData data = ContactData.voice("c-2")
                .initialContactId("c-1").previousContactId("c-1").initiationMethod("TRANSFER")
                .instanceArn(INSTANCE)
                .attribute("sfdc-RTT_flag__c", "true")
                .customerEndpoint(Endpoint.phoneNumber("+15550100"))
                .systemEndpoint(Endpoint.phoneNumber("+15550111"))
                .queue(new Queue(QUEUE_ARN, "BasicQueue", Endpoint.phoneNumber("+15550122")))
                .reference("case", new Reference("URL", "https://example.test/case/1"))
                .customerAudio(new AudioStream("arn:aws:kinesisvideo:stream/s", "9134", "1767603600000"))
                .build();

        Map<String, Object> event = new ContactFlowEvent(data, Map.of("methodName", "createTransferVC")).toMap();

        Map<String, Object> expected = LambdaTestBed.map(
                "Details", LambdaTestBed.map(
                        "ContactData", LambdaTestBed.map(
                                "Attributes", LambdaTestBed.map("sfdc-RTT_flag__c", "true"),
                                "Channel", "VOICE",
                                "ContactId", "c-2",
                                "CustomerEndpoint", LambdaTestBed.map("Address", "+15550100", "Type", "TELEPHONE_NUMBER"),
                                "InitialContactId", "c-1",
                                "InitiationMethod", "TRANSFER",
                                "InstanceARN", INSTANCE,
                                "LanguageCode", "en-US",
                                "MediaStreams", LambdaTestBed.map("Customer", LambdaTestBed.map("Audio", LambdaTestBed.map(
                                        "StartFragmentNumber", "9134",
                                        "StartTimestamp", "1767603600000",
                                        "StreamARN", "arn:aws:kinesisvideo:stream/s"))),
                                "PreviousContactId", "c-1",
                                "Queue", LambdaTestBed.map("ARN", QUEUE_ARN, "Name", "BasicQueue",
                                        "OutboundCallerId", LambdaTestBed.map("Address", "+15550122", "Type", "TELEPHONE_NUMBER")),
                                "References", LambdaTestBed.map("case", LambdaTestBed.map("Type", "URL", "Value", "https://example.test/case/1")),
                                "SegmentAttributes", LambdaTestBed.map("connect:Subtype", LambdaTestBed.map("ValueString", "connect:Telephony")),
                                "SystemEndpoint", LambdaTestBed.map("Address", "+15550111", "Type", "TELEPHONE_NUMBER")),
                        "Parameters", LambdaTestBed.map("methodName", "createTransferVC")),
                "Name", "ContactFlowEvent");
        assertEquals(expected, event);
        assertEquals(List.of("Attributes", "Channel", "ContactId", "CustomerEndpoint", "InitialContactId",
                "InitiationMethod", "InstanceARN", "LanguageCode", "MediaStreams", "PreviousContactId", "Queue",
                "References", "SegmentAttributes", "SystemEndpoint"),
                new ArrayList<>(((Map<?, ?>) ((Map<?, ?>) event.get("Details")).get("ContactData")).keySet()),
                "keys in Connect's order");
    }

    @Test
    void whatTheContactDoesNotHaveIsSentAsNullUnderItsKey() {
        Map<?, ?> contactData = (Map<?, ?>) ((Map<?, ?>) ContactFlowEvent.of(ContactData.voice("c-1").build())
                .toMap().get("Details")).get("ContactData");

        for (String key : List.of("CustomerEndpoint", "PreviousContactId", "Queue", "SystemEndpoint")) {
            assertTrue(contactData.containsKey(key), key + " is present");
            assertEquals(null, contactData.get(key), key + " is null");
        }
        assertEquals(LambdaTestBed.map("Customer", LambdaTestBed.map("Audio", null)), contactData.get("MediaStreams"));
        assertEquals("c-1", contactData.get("InitialContactId"), "a first segment is its own initial contact");
    }

    @Test
    void aVoiceContactCarriesTheTelephonySubtypeThatTheScvFunctionDereferences() {
        Map<?, ?> contactData = (Map<?, ?>) ((Map<?, ?>) ContactFlowEvent.of(ContactData.voice("c-1").build())
                .toMap().get("Details")).get("ContactData");

        assertEquals(LambdaTestBed.map("connect:Subtype", LambdaTestBed.map("ValueString", "connect:Telephony")),
                contactData.get("SegmentAttributes"));
        ContactData withoutSubtype = ContactData.voice("c-1").segmentAttribute(ContactData.SUBTYPE, null).build();
        assertEquals(Map.of(), withoutSubtype.segmentAttributes(), "a test can remove it to see the SCV TypeError");
    }

    @Test
    void theEventIsACopyThatLaterChangesToTheCallersMapsDoNotReach() {
        Map<String, String> parameters = new HashMap<>(Map.of("methodName", "createVoiceCall"));
        ContactFlowEvent event = ContactFlowEvent.of(ContactData.voice("c-1").build()).withParameters(parameters);
        parameters.put("methodName", "changed");

        assertEquals("createVoiceCall", event.parameters().get("methodName"));
        Map<String, Object> asMap = event.toMap();
        assertThrows(UnsupportedOperationException.class, () -> asMap.put("Name", "x"));
    }
}
