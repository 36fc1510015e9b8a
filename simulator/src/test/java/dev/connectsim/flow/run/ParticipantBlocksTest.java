package dev.connectsim.flow.run;

import static dev.connectsim.flow.run.FlowTestBed.CALLER;
import static dev.connectsim.flow.run.FlowTestBed.FLOW_START;
import static dev.connectsim.flow.run.FlowTestBed.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.connectsim.flow.FlowType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParticipantBlocksTest {

    private static final String TIMEOUT_BRANCH =
            "{\"ErrorType\":\"InputTimeLimitExceeded\",\"NextAction\":\"timeout\"},";

    /** A menu: press 1 or 2 within 5 s; each branch says its name. */
    private static String menu(String extraParameters, String extraErrors) {
        return """
                {"Identifier":"menu","Type":"GetParticipantInput",
                 "Parameters":{"Text":"Press 1 for sales, 2 for support","InputTimeLimitSeconds":"5"%s},
                 "Transitions":{"NextAction":"error","Conditions":[
                   {"NextAction":"sales","Condition":{"Operator":"Equals","Operands":["1"]}},
                   {"NextAction":"support","Condition":{"Operator":"Equals","Operands":["2"]}}],
                 "Errors":[%s{"ErrorType":"NoMatchingCondition","NextAction":"no-match"},
                   {"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """.formatted(extraParameters, extraErrors) + say("sales") + "," + say("support") + ","
                + say("no-match") + "," + say("timeout") + "," + say("error");
    }

    /** Reads a stored number, then says it; "invalid" on InvalidPhoneNumber. */
    private static String storedInput(String validation) {
        return """
                {"Identifier":"number","Type":"GetParticipantInput",
                 "Parameters":{"Text":"Enter your number, then hash","StoreInput":"True","InputTimeLimitSeconds":"5"%s},
                 "Transitions":{"NextAction":"repeat","Errors":[
                   {"ErrorType":"InvalidPhoneNumber","NextAction":"invalid"},
                   {"ErrorType":"InputTimeLimitExceeded","NextAction":"timeout"},
                   {"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """.formatted(validation) + say("repeat", "You entered $.StoredCustomerInput") + ","
                + say("invalid") + "," + say("timeout") + "," + say("error");
    }

    @Test
    void messageParticipantPlaysItsTextWithReferencesFilledIn() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"set","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"name":"Ann"}},
                 "Transitions":{"NextAction":"hello"}},
                {"Identifier":"hello","Type":"MessageParticipant",
                 "Parameters":{"Text":"Hello $.Attributes.name, you called $.SystemEndpoint.Address from $.CustomerEndpoint.Address$.Attributes.none."},
                 "Transitions":{"NextAction":"bye","Errors":[{"ErrorType":"NoMatchingError","NextAction":"bye"}]}},
                """ + FlowTestBed.disconnect("bye"));

        String contactId = bed.call();

        assertEquals(List.of("Hello Ann, you called " + FlowTestBed.SYSTEM_NUMBER + " from " + CALLER + "."),
                bed.heard(contactId));
    }

    @Test
    void aCallDialledWithContactAttributesStartsItsFlowWithThem() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"hello","Type":"MessageParticipant","Parameters":{"Text":"Hello $.Attributes.name"},
                 "Transitions":{"NextAction":"bye"}},
                """ + FlowTestBed.disconnect("bye"));

        String contactId = bed.sim().dial(CALLER, FlowTestBed.SYSTEM_NUMBER, Map.of("name", "Ann"));
        bed.sim().runFor(Duration.ofSeconds(10));

        assertEquals(List.of("Hello Ann"), bed.heard(contactId));
        assertEquals("Ann", bed.sim().contact(contactId).attributes().get("name"));
    }

    @Test
    void messageParticipantTakesThePromptPlaybackOfVirtualTimeBeforeTheFlowGoesOn() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"hello","Type":"MessageParticipant","Parameters":{"Text":"Hello"},
                 "Transitions":{"NextAction":"bye"}},
                """ + FlowTestBed.disconnect("bye"))
                .timings(FlowTimings.defaults().withPromptPlayback(Duration.ofSeconds(4)));

        String contactId = bed.call();

        PlayedPrompt prompt = bed.sim().flows().prompts().get(0);
        assertEquals(FLOW_START, prompt.at());
        assertEquals("hello", prompt.identifier());
        assertEquals(FLOW_START.plusSeconds(4), bed.visit(contactId, "hello").at());
        assertEquals(FLOW_START.plusSeconds(4), bed.sim().contact(contactId).record().disconnectTimestamp());
    }

    @Test
    void messageParticipantPlaysSsmlAPromptOrMediaAndWithNoPromptTakesTheErrorBranch() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"ssml","Type":"MessageParticipant",
                 "Parameters":{"SSML":"<speak>Hi $.Attributes.none</speak>"},"Transitions":{"NextAction":"prompt"}},
                {"Identifier":"prompt","Type":"MessageParticipant",
                 "Parameters":{"PromptId":"arn:aws:connect:us-east-1:000000000000:instance/i/prompt/p-1"},
                 "Transitions":{"NextAction":"media"}},
                {"Identifier":"media","Type":"MessageParticipant",
                 "Parameters":{"Media":{"Uri":"s3://bucket/hold.wav","SourceType":"S3","MediaType":"Audio"}},
                 "Transitions":{"NextAction":"nothing"}},
                {"Identifier":"nothing","Type":"MessageParticipant","Parameters":{},
                 "Transitions":{"NextAction":"bye","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """ + say("error") + "," + FlowTestBed.disconnect("bye"));

        String contactId = bed.call();

        assertEquals(List.of("<speak>Hi </speak>",
                "prompt arn:aws:connect:us-east-1:000000000000:instance/i/prompt/p-1",
                "media s3://bucket/hold.wav", "error"), bed.heard(contactId));
    }

    @Test
    void messageParticipantIterativelyPlaysItsMessagesUntilInterruptedAfterInterruptFrequencySeconds() {
        FlowTestBed bed = FlowTestBed.inbound(QUEUE_WITH_MUSIC).flow("Hold Music", FlowType.CUSTOMER_QUEUE, """
                {"Identifier":"loop-prompts","Type":"MessageParticipantIteratively",
                 "Parameters":{"Messages":[{"Text":"Please hold"},{"Text":"Your call is important to us"}],
                   "InterruptFrequencySeconds":"20"},
                 "Transitions":{"NextAction":"error","Conditions":[
                   {"NextAction":"interrupted","Condition":{"Operator":"Equals","Operands":["MessagesInterrupted"]}}],
                 "Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """ + say("interrupted") + "," + say("error"));

        String contactId = bed.call();
        bed.sim().runFor(Duration.ofSeconds(30));

        assertEquals(List.of("Please hold", "Your call is important to us", "interrupted"), bed.heard(contactId));
        BlockVisit loop = bed.visit(contactId, "loop-prompts");
        assertEquals(FLOW_START.plusSeconds(20), loop.at());
        assertEquals("Condition Equals [MessagesInterrupted]", loop.branch());
    }

    /**
     * Issue 17: with InterruptFrequencySeconds "0" in an inbound flow, the block held the call for ever. Connect runs
     * it only in customer-queue and hold flows (the Flow Language reference, MessageParticipantIteratively).
     */
    @Test
    void messageParticipantIterativelyOutsideAQueueOrHoldFlowTakesNoMatchingErrorInsteadOfHoldingTheCallForEver() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"loop-prompts","Type":"MessageParticipantIteratively",
                 "Parameters":{"Messages":[{"Text":"Please hold"}],"InterruptFrequencySeconds":"0"},
                 "Transitions":{"NextAction":"error","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """ + say("error"));

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        BlockVisit loop = bed.visit(contactId, "loop-prompts");
        assertEquals(FLOW_START, loop.at());
        assertEquals("MessageParticipantIteratively runs only in Customer Queue, Customer Hold and Agent Hold flows,"
                + " not in a CONTACT_FLOW flow, where nothing would stop its messages", loop.reason());
    }

    private static final String QUEUE_WITH_MUSIC = """
            {"Identifier":"hook","Type":"UpdateContactEventHooks",
             "Parameters":{"EventHooks":{"CustomerQueue":"Hold Music"}},"Transitions":{"NextAction":"set-queue"}},
            {"Identifier":"set-queue","Type":"UpdateContactTargetQueue","Parameters":{"QueueId":"EmptyQueue"},
             "Transitions":{"NextAction":"queue"}},
            {"Identifier":"queue","Type":"TransferContactToQueue","Parameters":{},"Transitions":{}}""";

    @Test
    void messageParticipantIterativelyWithNoInterruptPlaysInTheQueueUntilTheCallerHangsUp() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"hook","Type":"UpdateContactEventHooks",
                 "Parameters":{"EventHooks":{"CustomerQueue":"Hold Music"}},"Transitions":{"NextAction":"set-queue"}},
                {"Identifier":"set-queue","Type":"UpdateContactTargetQueue","Parameters":{"QueueId":"EmptyQueue"},
                 "Transitions":{"NextAction":"queue"}},
                {"Identifier":"queue","Type":"TransferContactToQueue","Parameters":{},"Transitions":{}}""")
                .flow("Hold Music", FlowType.CUSTOMER_QUEUE, """
                        {"Identifier":"music","Type":"MessageParticipantIteratively",
                         "Parameters":{"Messages":[{"Text":"Please hold"}]},"Transitions":{}}""");
        String contactId = bed.call();
        bed.sim().customerHangsUpAfter(contactId, Duration.ofSeconds(30));

        bed.sim().runFor(Duration.ofSeconds(60));

        List<FlowRunRecord> runs = bed.runsOf(contactId);
        assertEquals(2, runs.size(), "the hold music run ended: " + runs);
        assertEquals(EndReason.CALLER_LEFT, runs.get(1).reason());
        assertEquals(FLOW_START.plusSeconds(30), runs.get(1).ended());
        assertFalse(bed.sim().flows().isRunning(bed.sim().contact(contactId)));
    }

    @Test
    void getParticipantInputTakesTheConditionOfTheDigitPressedOnceThePromptHasPlayed() {
        FlowTestBed bed = FlowTestBed.inbound(menu("", TIMEOUT_BRANCH));
        bed.sim().callerWillPress(CALLER, "2", Duration.ofSeconds(3));

        String contactId = bed.call();

        assertEquals(List.of("Press 1 for sales, 2 for support", "support"), bed.heard(contactId));
        assertEquals(FLOW_START.plusSeconds(1 + 3), bed.visit(contactId, "menu").at(), "1 s prompt, 3 s to press");
    }

    @Test
    void aCallerWhoSaysNothingLetsThatInputTimeOutAndTheirNextPressGoesToTheNextInput() {
        FlowTestBed bed = FlowTestBed.inbound(menu("", TIMEOUT_BRANCH).replace("\"NextAction\":\"timeout\"",
                "\"NextAction\":\"again\"") + "," + """
                {"Identifier":"again","Type":"GetParticipantInput",
                 "Parameters":{"Text":"Once more","InputTimeLimitSeconds":"5"},
                 "Transitions":{"NextAction":"error","Conditions":[
                   {"NextAction":"sales","Condition":{"Operator":"Equals","Operands":["1"]}}],
                 "Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}}""");
        bed.sim().flows().callerWillPress(CALLER, Keypress.silence());
        bed.sim().callerWillPress(CALLER, "1", Duration.ofSeconds(1));

        String contactId = bed.call();

        assertEquals(List.of("Press 1 for sales, 2 for support", "Once more", "sales"), bed.heard(contactId));
        assertEquals("Error InputTimeLimitExceeded", bed.visit(contactId, "menu").branch());
        assertEquals(FLOW_START.plusSeconds(1 + 5), bed.visit(contactId, "menu").at(), "the whole 5 s limit");
    }

    @Test
    void aKeypressOfOtherKeysIsRefusedNamingThem() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Keypress("12a", Duration.ZERO));
        assertEquals("a caller can press 0-9, * and #; '12a' has other keys", refused.getMessage());
    }

    @Test
    void getParticipantInputTakesTheFirstDigitOfWhatIsPressedAndEachInputTheCallersNextPress() {
        FlowTestBed bed = FlowTestBed.inbound(menu("", TIMEOUT_BRANCH).replace("\"NextAction\":\"support\"",
                "\"NextAction\":\"again\"") + "," + """
                {"Identifier":"again","Type":"GetParticipantInput",
                 "Parameters":{"Text":"Once more","InputTimeLimitSeconds":"5"},
                 "Transitions":{"NextAction":"error","Conditions":[
                   {"NextAction":"sales","Condition":{"Operator":"Equals","Operands":["1"]}}],
                 "Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}}""");
        bed.sim().callerWillPress(CALLER, "21", Duration.ofSeconds(1));
        bed.sim().callerWillPress(CALLER, "1", Duration.ofSeconds(1));

        String contactId = bed.call();

        assertEquals(List.of("Press 1 for sales, 2 for support", "Once more", "sales"), bed.heard(contactId));
    }

    @Test
    void getParticipantInputWithADigitNoConditionNamesTakesNoMatchingCondition() {
        FlowTestBed bed = FlowTestBed.inbound(menu("", TIMEOUT_BRANCH));
        bed.sim().callerWillPress(CALLER, "9", Duration.ofSeconds(1));

        String contactId = bed.call();

        assertEquals("no-match", bed.heard(contactId).get(1));
    }

    @Test
    void getParticipantInputWithNoPressTakesInputTimeLimitExceededExactlyWhenTheLimitAfterThePromptEnds() {
        FlowTestBed bed = FlowTestBed.inbound(menu("", TIMEOUT_BRANCH));

        String contactId = bed.call();

        assertEquals("timeout", bed.heard(contactId).get(1));
        BlockVisit menu = bed.visit(contactId, "menu");
        assertEquals("Error InputTimeLimitExceeded", menu.branch());
        assertEquals(FLOW_START.plusSeconds(1 + 5), menu.at());
    }

    @Test
    void getParticipantInputCountsAPressAtTheLimitButNotOneLater() {
        FlowTestBed atLimit = FlowTestBed.inbound(menu("", TIMEOUT_BRANCH));
        atLimit.sim().callerWillPress(CALLER, "1", Duration.ofSeconds(5));
        String contactId = atLimit.call();
        assertEquals("sales", atLimit.heard(contactId).get(1));

        FlowTestBed late = FlowTestBed.inbound(menu("", TIMEOUT_BRANCH));
        late.sim().callerWillPress(CALLER, "1", Duration.ofMillis(5001));
        contactId = late.call();
        assertEquals("timeout", late.heard(contactId).get(1));
        assertEquals(FLOW_START.plusSeconds(1 + 5), late.visit(contactId, "menu").at());
    }

    @Test
    void getParticipantInputWithNoPressAndNoInputTimeLimitExceededBranchTakesNoMatchingError() {
        FlowTestBed bed = FlowTestBed.inbound(menu("", ""));

        String contactId = bed.call();

        assertEquals("error", bed.heard(contactId).get(1));
        assertEquals("Error NoMatchingError", bed.visit(contactId, "menu").branch());
    }

    @Test
    void getParticipantInputWithStoreInputKeepsTheDigitsBeforeTheHashAsStoredCustomerInput() {
        FlowTestBed bed = FlowTestBed.inbound(storedInput(""));
        bed.sim().callerWillPress(CALLER, "12345#", Duration.ofSeconds(2));

        String contactId = bed.call();

        assertEquals(List.of("Enter your number, then hash", "You entered 12345"), bed.heard(contactId));
        assertEquals("NextAction", bed.visit(contactId, "number").branch());
    }

    /** Store customer input: "If the customer doesn't enter any input ... the Success branch with a value of Timeout". */
    @Test
    void getParticipantInputWithStoreInputAndNoPressStoresTimeoutAndTakesTheSuccessBranchWhenTheLimitEnds() {
        FlowTestBed bed = FlowTestBed.inbound(storedInput(""));

        String contactId = bed.call();

        assertEquals(List.of("Enter your number, then hash", "You entered Timeout"), bed.heard(contactId));
        assertEquals("NextAction", bed.visit(contactId, "number").branch());
        assertEquals(FLOW_START.plusSeconds(1 + 5), bed.visit(contactId, "number").at(), "1 s prompt, the 5 s limit");
    }

    @Test
    void storedInputEndsAtTheBlocksTerminationSequenceAndStarClearsWhatCameBeforeIt() {
        FlowTestBed bed = FlowTestBed.inbound(storedInput(",\"DTMFConfiguration\":{\"InputTerminationSequence\":\"99\"}"));
        bed.sim().callerWillPress(CALLER, "12*3456991", Duration.ofSeconds(2));

        String contactId = bed.call();

        assertEquals("You entered 3456", bed.heard(contactId).get(1));
    }

    @Test
    void storedInputKeepsTheStarAsADigitWhenTheCancelKeyIsDisabled() {
        FlowTestBed bed = FlowTestBed.inbound(storedInput(",\"DTMFConfiguration\":{\"DisableCancelKey\":\"True\"}"));
        bed.sim().callerWillPress(CALLER, "12*34#", Duration.ofSeconds(2));

        String contactId = bed.call();

        assertEquals("You entered 12*34", bed.heard(contactId).get(1));
    }

    @Test
    void storedInputStopsAtTheMaximumLengthOfItsCustomValidation() {
        FlowTestBed bed = FlowTestBed.inbound(storedInput(
                ",\"InputValidation\":{\"CustomValidation\":{\"MaximumLength\":\"4\"}}"));
        bed.sim().callerWillPress(CALLER, "123456#", Duration.ofSeconds(2));

        String contactId = bed.call();

        assertEquals("You entered 1234", bed.heard(contactId).get(1));
    }

    @Test
    void getParticipantInputValidatesALocalPhoneNumberAndStoresItInE164Form() {
        String local =
                ",\"InputValidation\":{\"PhoneNumberValidation\":{\"NumberFormat\":\"Local\",\"CountryCode\":\"US\"}}";
        FlowTestBed valid = FlowTestBed.inbound(storedInput(local));
        valid.sim().callerWillPress(CALLER, "2065550123#", Duration.ofSeconds(2));
        assertEquals("You entered +12065550123", valid.heard(valid.call()).get(1));

        FlowTestBed invalid = FlowTestBed.inbound(storedInput(local));
        invalid.sim().callerWillPress(CALLER, "555#", Duration.ofSeconds(2));
        String contactId = invalid.call();
        assertEquals("invalid", invalid.heard(contactId).get(1));
        assertEquals("Error InvalidPhoneNumber", invalid.visit(contactId, "number").branch());
    }

    @Test
    void getParticipantInputValidatesAnInternationalNumber() {
        String international = ",\"InputValidation\":{\"PhoneNumberValidation\":{\"NumberFormat\":\"International\"}}";
        FlowTestBed valid = FlowTestBed.inbound(storedInput(international));
        valid.sim().callerWillPress(CALLER, "442071838750#", Duration.ofSeconds(2));
        assertEquals("You entered +442071838750", valid.heard(valid.call()).get(1));

        FlowTestBed invalid = FlowTestBed.inbound(storedInput(international));
        invalid.sim().callerWillPress(CALLER, "0123#", Duration.ofSeconds(2));
        assertEquals("invalid", invalid.heard(invalid.call()).get(1));
    }
}
