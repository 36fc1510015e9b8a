package dev.connectsim.flow.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.connectsim.flow.SalesforceExamples;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ActionTypesTest {

    /** The 28 types of ../shared/conformance/salesforce-examples/NOTICE.md. */
    private static final List<String> NOTICE_TYPES = List.of("CheckHoursOfOperation", "CheckMetricData",
            "CheckVoiceId", "Compare", "CompleteOutboundCall", "CreateCallbackContact", "DisconnectParticipant",
            "EndFlowExecution", "GetParticipantInput", "InvokeLambdaFunction", "Loop", "MessageParticipant",
            "MessageParticipantIteratively", "StartVoiceIdStream", "TransferContactToAgent",
            "TransferContactToQueue", "TransferParticipantToThirdParty", "TransferToFlow",
            "UpdateContactAttributes", "UpdateContactCallbackNumber", "UpdateContactData",
            "UpdateContactEventHooks", "UpdateContactMediaStreamingBehavior", "UpdateContactRecordingBehavior",
            "UpdateContactRoutingCriteria", "UpdateContactTargetQueue", "UpdateContactTextToSpeechVoice",
            "UpdateFlowLoggingBehavior");

    @Test
    void everyTypeOfTheNoticeListMapsToARecordOfItsOwnNamedAfterIt() {
        for (String type : NOTICE_TYPES) {
            Envelope envelope = Envelope.of("id-" + type, Map.of("Some", "value"));

            Action action = ActionTypes.create(type, envelope);

            assertFalse(action instanceof Unsupported, type + " must not be Unsupported");
            assertEquals(type, action.getClass().getSimpleName());
            assertEquals(type, action.type());
            assertEquals("id-" + type, action.identifier());
            assertSame(envelope, action.envelope());
            assertEquals(Map.of("Some", "value"), action.parameters());
        }
    }

    /**
     * The types known beyond the notice's: the two legacy exports' Get queue metrics and Distribute map to, and the
     * Flow Language reference's types that issue 17 models.
     */
    private static final List<String> BEYOND_NOTICE = List.of("DistributeByPercentage", "GetMetricData",
            "ResumeContact", "TagContact", "UnTagContact", "UpdateContactMediaProcessing",
            "UpdateContactRecordingAndAnalyticsBehavior", "UpdateContactRoutingBehavior", "UpdateFlowAttributes",
            "UpdatePreviousContactParticipantState", "UpdateRoutingCriteria");

    /** The types issue 17 added from the Flow Language reference: Customer profiles, Cases, tasks, chat, views, Lex. */
    private static final List<String> ISSUE_17_SERVICE_TYPES = List.of("AssociateContactToCustomerProfile",
            "ConnectParticipantWithLexBot", "CreateCase", "CreateCustomerProfile", "CreateTask", "CreateWisdomSession",
            "GetCalculatedAttributesForCustomerProfile", "GetCase", "GetCustomerProfile", "GetCustomerProfileObject",
            "ShowView", "StartOutboundChatContact", "UpdateCase", "UpdateCustomerProfile");

    @Test
    void theSimulatorKnowsTheTypesOfTheNoticeTheTwoLegacyExportsNeedAndTheServiceTypesOfIssue17() {
        assertEquals(Stream.of(NOTICE_TYPES, BEYOND_NOTICE, ISSUE_17_SERVICE_TYPES).flatMap(List::stream).sorted()
                .toList(), ActionTypes.names());
    }

    @Test
    void everyRecordOfTheSealedInterfaceExceptUnsupportedIsInTheTable() {
        List<String> records = Arrays.stream(Action.class.getPermittedSubclasses())
                .map(Class::getSimpleName)
                .filter(name -> !name.equals("Unsupported"))
                .sorted()
                .toList();

        assertEquals(ActionTypes.names(), records);
    }

    @Test
    void theListInTheCorpusNoticeIsTheTwentyEightTypes() throws IOException {
        String notice = Files.readString(SalesforceExamples.file("NOTICE.md"));
        Matcher line = Pattern.compile("The 28 action types, with how many times each occurs: (.*)\\.").matcher(notice);
        assertEquals(true, line.find(), "NOTICE.md lists the types");

        List<String> listed = Arrays.stream(line.group(1).split(", "))
                .map(entry -> entry.replaceAll(" \\(\\d+\\)$", ""))
                .sorted()
                .collect(Collectors.toList());

        assertEquals(NOTICE_TYPES, listed);
    }

    @Test
    void anUnknownTypeBecomesUnsupportedKeepingItsTypeItsParametersAndANearHint() {
        Action action = ActionTypes.create("Lop", Envelope.of("a1", Map.of("LoopCount", "2")));

        Unsupported unsupported = assertInstanceOf(Unsupported.class, action);
        assertEquals("Lop", unsupported.type());
        assertEquals("a1", unsupported.identifier());
        assertEquals(Map.of("LoopCount", "2"), unsupported.parameters());
        assertEquals("unknown action type 'Lop' (did you mean 'Loop'?)", unsupported.reason());
    }

    @Test
    void typeNamesAreCaseSensitiveAsInConnect() {
        Action action = ActionTypes.create("messageParticipant", Envelope.of("a1", Map.of()));

        assertEquals("unknown action type 'messageParticipant' (did you mean 'MessageParticipant'?)",
                assertInstanceOf(Unsupported.class, action).reason());
    }

    @Test
    void aTypeFarFromEveryKnownOneGetsNoHint() {
        Action action = ActionTypes.create("Zebra", Envelope.of("a1", Map.of()));

        assertEquals("unknown action type 'Zebra'",
                assertInstanceOf(Unsupported.class, action).reason());
    }
}
