package dev.connectsim.flow.run;

import static dev.connectsim.flow.run.FlowTestBed.say;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectsim.flow.FlowType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ShowView, StartOutboundChatContact, CreateTask, CreateWisdomSession and ConnectParticipantWithLexBot on a voice
 * call: the error branch where the page says voice cannot have it, the error branch for what the page says is
 * wrong, and a scenario failure naming the block for the contact it starts, which is not simulated.
 */
class OtherChannelBlocksTest {

    private static String block(String type, String parameters) {
        return """
                {"Identifier":"block","Type":"%s","Parameters":%s,
                 "Transitions":{"NextAction":"ok","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """.formatted(type, parameters) + say("ok") + "," + say("error");
    }

    private static List<String> unmodelled(FlowTestBed bed) {
        return bed.sim().flows().unmodelled().stream().map(Unmodelled::describe).toList();
    }

    @Test
    void showViewIsForChatOnlySoAVoiceCallTakesItsErrorBranch() {
        FlowTestBed bed = FlowTestBed.inbound(block("ShowView", "{\"ViewResource\":{\"Id\":\"v-1\"}}"));

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertEquals("ShowView is supported on the chat channel only; a VOICE contact takes its error branch",
                bed.visit(contactId, "block").reason());
    }

    @Test
    void startOutboundChatContactGoesOnButFailsTheScenarioAsTheSmsChatIsNotSimulated() {
        String chat = """
                {"SourceEndpoint":{"Address":"arn:number","Type":"CONNECT_PHONENUMBER_ARN"},
                 "DestinationEndpoint":{"Address":"$.CustomerEndpoint.Address","Type":"TELEPHONE_NUMBER"},
                 "ContactFlowArn":"Chat Flow","ContactSubtype":"%s"}""";
        FlowTestBed bed = FlowTestBed.inbound(block("StartOutboundChatContact", chat.formatted("connect:SMS")))
                .flow("Chat Flow", FlowType.CONTACT_FLOW, say("hi"));
        FlowTestBed whatsApp = FlowTestBed.inbound(block("StartOutboundChatContact", chat.formatted("connect:WhatsApp")))
                .flow("Chat Flow", FlowType.CONTACT_FLOW, say("hi"));

        assertEquals(List.of("ok"), bed.heard(bed.call()));
        assertEquals(List.of("Test Flow.json: action block (Type StartOutboundChatContact) at /Actions/0: the SMS chat"
                + " contact it starts to " + FlowTestBed.CALLER + " is not simulated"), unmodelled(bed));
        assertEquals(List.of("error"), whatsApp.heard(whatsApp.call()));
        assertEquals(List.of(), unmodelled(whatsApp));
    }

    @Test
    void createTaskChecksItsFlowNameAndDelayAndFailsTheScenarioAsTheTaskIsNotSimulated() {
        FlowTestBed bed = FlowTestBed.inbound(block("CreateTask",
                "{\"ContactFlowId\":\"Task Flow\",\"Name\":\"Call back\",\"DelaySeconds\":\"60\"}"))
                .flow("Task Flow", FlowType.CONTACT_FLOW, say("task"));
        FlowTestBed noFlow = FlowTestBed.inbound(block("CreateTask",
                "{\"ContactFlowId\":\"Task Flw\",\"Name\":\"Call back\"}"))
                .flow("Task Flow", FlowType.CONTACT_FLOW, say("task"));
        FlowTestBed tooLate = FlowTestBed.inbound(block("CreateTask",
                "{\"ContactFlowId\":\"Task Flow\",\"Name\":\"Call back\",\"DelaySeconds\":\"518401\"}"))
                .flow("Task Flow", FlowType.CONTACT_FLOW, say("task"));

        assertEquals(List.of("ok"), bed.heard(bed.call()));
        assertEquals(List.of("Test Flow.json: action block (Type CreateTask) at /Actions/0: the task contact it"
                + " creates is not simulated"), unmodelled(bed));
        String contactId = noFlow.call();
        assertEquals(List.of("error"), noFlow.heard(contactId));
        assertEquals("the instance has no flow 'Task Flw' (did you mean 'Task Flow'?); it has: Test Flow, Task Flow",
                noFlow.visit(contactId, "block").reason());
        assertEquals(List.of("error"), tooLate.heard(tooLate.call()));
    }

    @Test
    void createWisdomSessionGoesOnWithAnAssistantAndTakesItsErrorBranchWithout() {
        FlowTestBed bed = FlowTestBed.inbound(block("CreateWisdomSession", "{\"WisdomAssistantArn\":\"arn:q\"}"));
        FlowTestBed unset = FlowTestBed.inbound(block("CreateWisdomSession",
                "{\"WisdomAssistantArn\":\"$.Attributes.assistant\"}"));

        assertEquals(List.of("ok"), bed.heard(bed.call()));
        assertEquals(List.of(), unmodelled(bed));
        assertEquals(List.of("error"), unset.heard(unset.call()));
    }
}
