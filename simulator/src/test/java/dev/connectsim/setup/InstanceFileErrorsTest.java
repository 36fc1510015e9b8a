package dev.connectsim.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every mistake in an instance file is one line: file, line:col, dotted path, expected, found, nearest. */
class InstanceFileErrorsTest {

    private static final String BASE = """
            queues:
              BasicQueue: {}
              SupportQueue: {}
            routingProfiles:
              Basic: [BasicQueue]
            agents:
              alice: {routingProfile: Basic}
            """;

    @TempDir
    Path dir;

    private String error(String yaml) {
        InstanceFileException error = assertThrows(InstanceFileException.class,
                () -> InstanceFile.parse(yaml, dir, "flows/instance.yaml"));
        assertFalse(error.getMessage().contains("\n"), error.getMessage());
        return error.getMessage();
    }

    private String lambdaError(String function) {
        return error("lambdas:\n  functions:\n    \"arn:aws:lambda:us-east-1:123456789012:function:F\":\n"
                + function.indent(6));
    }

    @Test
    void anUnknownKeyNamesTheNearestKnownKey() {
        assertEquals("flows/instance.yaml:2:16: queues.BasicQueue.maxContact: unknown key 'maxContact' (did you mean "
                + "'maxContacts'?); expected one of: hours, maxContacts, outboundCallerId, id, arn",
                error("queues:\n  BasicQueue: {maxContact: 10}\n"));
    }

    @Test
    void anOfferTimeoutOfNothingIsRefusedNamingThePlace() {
        String message = error("instance: {offerTimeout: 0s}\n");
        assertEquals("flows/instance.yaml:1:26: instance.offerTimeout: an offer must ring for more than 0 s before"
                + " it is missed, such as 30s", message);
    }

    @Test
    void anUnknownSectionNamesTheNearestSection() {
        assertEquals("flows/instance.yaml:1:1: queue: unknown key 'queue' (did you mean 'queues'?); expected one of: "
                + "instance, hoursOfOperation, queues, routingProfiles, agents, phoneNumbers, quickConnects, flows, "
                + "lambdas, customerProfiles, cases, lexBots", error("queue:\n  BasicQueue: {}\n"));
    }

    @Test
    void anUnknownQueueInARoutingProfileIsNamedWithTheNearest() {
        assertEquals("flows/instance.yaml:5:23: routingProfiles.Basic[1]: refers to an undefined queue "
                + "'SuportQueue' (did you mean 'SupportQueue'?); it has: BasicQueue, SupportQueue",
                error(BASE.replace("Basic: [BasicQueue]", "Basic: [BasicQueue, SuportQueue]")));
    }

    @Test
    void aQueueWithUndefinedHoursIsNamedWithTheNearest() {
        assertEquals("flows/instance.yaml:4:23: queues.BasicQueue.hours: refers to an undefined hours of operation "
                + "'Ofice Hours' (did you mean 'Office Hours'?); it has: Basic Hours, Office Hours",
                error("hoursOfOperation:\n  Office Hours: {zone: UTC}\nqueues:\n  BasicQueue: {hours: Ofice Hours}\n"));
    }

    @Test
    void anAgentWithoutARoutingProfileIsRefused() {
        assertEquals("flows/instance.yaml:2:10: agents.alice: missing key 'routingProfile' (expected the name of "
                + "the agent's routing profile)", error("agents:\n  alice: {behavior: manual}\n"));
    }

    @Test
    void aQuickConnectToAnUndefinedAgentIsNamedWithTheNearest() {
        assertEquals("flows/instance.yaml:9:31: quickConnects.Alice.target: refers to an undefined agent 'alcie' "
                + "(did you mean 'alice'?); it has: alice",
                error(BASE + "quickConnects:\n  Alice: {type: USER, target: alcie}\n"));
    }

    @Test
    void aQuickConnectTypeMustBeKnown() {
        assertEquals("flows/instance.yaml:2:13: quickConnects.X.type: expected USER, QUEUE or PHONE_NUMBER, found "
                + "'USERS' (did you mean 'USER'?)", error("quickConnects:\n  X: {type: USERS, target: bob}\n"));
    }

    @Test
    void aMissingFlowFileNamesTheNearestFileInTheFolder() {
        FlowFiles.write(dir, "inbound.json", "contactFlow");
        assertEquals("flows/instance.yaml:2:19: flows.Inbound.file: no such flow file 'inbond.json' in " + dir
                + " (did you mean 'inbound.json'?)", error("flows:\n  Inbound: {file: inbond.json}\n"));
    }

    @Test
    void aFlowFileThatDoesNotParseIsReportedWithTheParsersMessage() {
        FlowFiles.writeText(dir.resolve("broken.json"), "{\"Version\": \"2019-10-30\", \"Actions\": {}}");
        assertEquals("flows/instance.yaml:2:11: flows.Broken: cannot load the flow: " + dir.resolve("broken.json")
                + ": /Actions: expected an array for Actions, found an object",
                error("flows:\n  Broken: broken.json\n"));
    }

    @Test
    void aFlowTypeThatDiffersFromTheFilesIsRefused() {
        FlowFiles.write(dir, "transfer.json", "agentTransfer");
        assertEquals("flows/instance.yaml:2:41: flows.Transfer.type: the instance file says QUEUE_TRANSFER but "
                + dir.resolve("transfer.json") + " says agentTransfer (AGENT_TRANSFER)",
                error("flows:\n  Transfer: {file: transfer.json, type: QUEUE_TRANSFER}\n"));
    }

    @Test
    void aFlowWithoutATypeAnywhereIsRefused() {
        FlowFiles.write(dir, "untyped.json", null);
        assertTrue(error("flows:\n  Untyped: untyped.json\n").startsWith("flows/instance.yaml:2:12: flows.Untyped: "
                + "missing the flow's type, and " + dir.resolve("untyped.json") + " does not say it either; "
                + "expected type: one of CONTACT_FLOW, "));
    }

    @Test
    void anUnknownFlowTypeNamesTheNearest() {
        FlowFiles.write(dir, "inbound.json", null);
        assertTrue(error("flows:\n  Inbound: {file: inbound.json, type: CONTACT_FLOWS}\n").endsWith(
                "flows.Inbound.type: expected a flow type (CONTACT_FLOW, CUSTOMER_QUEUE, CUSTOMER_HOLD, "
                        + "CUSTOMER_WHISPER, AGENT_HOLD, AGENT_WHISPER, OUTBOUND_WHISPER, AGENT_TRANSFER, "
                        + "QUEUE_TRANSFER, CAMPAIGN), found 'CONTACT_FLOWS' (did you mean 'CONTACT_FLOW'?)"));
    }

    @Test
    void aQuickConnectsFlowMustBeOfTheTypeItsTransfersRun() {
        FlowFiles.write(dir, "inbound.json", "contactFlow");
        assertEquals("flows/instance.yaml:11:44: quickConnects.Alice.flow: expected a AGENT_TRANSFER flow for a USER "
                + "quick connect, found flow 'Inbound', which is a CONTACT_FLOW",
                error(BASE + "flows:\n  Inbound: inbound.json\nquickConnects:\n"
                        + "  Alice: {type: USER, target: alice, flow: Inbound}\n"));
    }

    @Test
    void aPhoneNumbersFlowMustBeDefined() {
        FlowFiles.write(dir, "inbound.json", "contactFlow");
        assertEquals("flows/instance.yaml:4:19: phoneNumbers.+18005550100: refers to an undefined flow 'Inbund' "
                + "(did you mean 'Inbound'?); it has: Inbound",
                error("flows:\n  Inbound: inbound.json\nphoneNumbers:\n  \"+18005550100\": Inbund\n"));
    }

    @Test
    void aPhoneNumberQuickConnectTakesNoFlow() {
        assertEquals("flows/instance.yaml:2:54: quickConnects.X.flow: a PHONE_NUMBER quick connect runs no flow; "
                + "remove 'flow' or make it a USER or QUEUE quick connect",
                error("quickConnects:\n  X: {type: PHONE_NUMBER, target: \"+15550199\", flow: Inbound}\n"));
    }

    @Test
    void aPhoneNumberMustBeE164() {
        assertEquals("flows/instance.yaml:2:3: phoneNumbers.18005550100: expected an E.164 phone number such as "
                + "+18005550100, found '18005550100'", error("phoneNumbers:\n  18005550100: Inbound\n"));
    }

    @Test
    void aBadDurationSaysWhatADurationLooksLike() {
        assertEquals("flows/instance.yaml:5:14: lambdas.functions.arn:aws:lambda:us-east-1:123456789012:function:F"
                + ".after: '300' is not a duration; expected a whole number with ms, s or m, such as 5s",
                lambdaError("fails: boom\nafter: 300\n"));
        assertEquals("flows/instance.yaml:2:44: agents.alice.behavior: '2 s' is not a duration; expected a whole "
                + "number with ms, s or m, such as 5s (in 'accepts after 2 s')",
                error("agents:\n  alice: {routingProfile: Basic, behavior: accepts after 2 s}\n"));
    }

    @Test
    void aBadBehaviourListsTheForms() {
        assertEquals("flows/instance.yaml:2:44: agents.alice.behavior: expected manual, misses, 'accepts after "
                + "<duration>' or 'rejects after <duration>', found 'answers'",
                error("agents:\n  alice: {routingProfile: Basic, behavior: answers}\n"));
    }

    @Test
    void aBadTimeRangeSaysWhatARangeLooksLike() {
        assertEquals("flows/instance.yaml:2:27: hoursOfOperation.Office.open.MONDAY: expected a time range such as "
                + "09:00-17:00 (an end of 00:00 is midnight), found '9-17'",
                error("hoursOfOperation:\n  Office: {open: {MONDAY: 9-17}}\n"));
        assertEquals("flows/instance.yaml:2:27: hoursOfOperation.Office.open.MONDAY: expected a time range such as "
                + "09:00-17:00 (an end of 00:00 is midnight), found '09:00-25:00': 25:00 is not a time of day",
                error("hoursOfOperation:\n  Office: {open: {MONDAY: \"09:00-25:00\"}}\n"));
    }

    @Test
    void aRangePastMidnightIsRefusedWithTheTwoRangesItShouldBe() {
        assertEquals("flows/instance.yaml:2:27: hoursOfOperation.Office.open.FRIDAY: an open range on FRIDAY must "
                + "end after it starts and at the latest at midnight (00:00), was 22:00-02:00; a range past midnight "
                + "is two ranges, 22:00-00:00 on FRIDAY and 00:00-02:00 on SATURDAY",
                error("hoursOfOperation:\n  Office: {open: {FRIDAY: \"22:00-02:00\"}}\n"));
    }

    @Test
    void anUnknownDayAndAnUnknownZoneNameTheNearest() {
        assertEquals("flows/instance.yaml:2:19: hoursOfOperation.Office.open.MONDEY: expected a day of the week "
                + "(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY), found 'MONDEY' (did you mean "
                + "'MONDAY'?)", error("hoursOfOperation:\n  Office: {open: {MONDEY: \"09:00-17:00\"}}\n"));
        assertEquals("flows/instance.yaml:2:18: hoursOfOperation.Office.zone: expected a time zone such as "
                + "America/New_York or UTC, found 'America/NewYork' (did you mean 'America/New_York'?)",
                error("hoursOfOperation:\n  Office: {zone: America/NewYork}\n"));
    }

    @Test
    void aHandlerClassThatDoesNotExistIsNamed() {
        assertEquals("flows/instance.yaml:4:16: lambdas.functions.arn:aws:lambda:us-east-1:123456789012:function:F"
                + ".handler: no class 'dev.connectsim.setup.Missing' on the classpath (expected the fully qualified "
                + "name of a class implementing dev.connectsim.lambda.LambdaFunction)",
                lambdaError("handler: dev.connectsim.setup.Missing\n"));
    }

    @Test
    void aHandlerClassThatIsNoLambdaFunctionOrHasNoNoArgumentConstructorIsRefused() {
        assertTrue(lambdaError("handler: java.lang.StringBuilder\n").endsWith(
                ".handler: class 'java.lang.StringBuilder' does not implement dev.connectsim.lambda.LambdaFunction"));
        assertTrue(lambdaError("handler: " + NeedsArgument.class.getName() + "\n").endsWith(
                ".handler: class '" + NeedsArgument.class.getName() + "' has no public no-argument constructor"));
    }

    @Test
    void aFunctionDoesExactlyOneThing() {
        assertTrue(lambdaError("fails: boom\nreturns: {}\n").endsWith(": expected exactly one of returns (a canned "
                + "reply), fails (an error message) or handler (a class implementing LambdaFunction), found returns "
                + "and fails"));
        assertTrue(lambdaError("after: 1s\n").endsWith("found none"));
        assertTrue(lambdaError("handler: " + FixedVoiceCall.class.getName() + "\nafter: 1s\n").endsWith(
                ".after: 'after' applies to returns and fails; a handler declares how long it runs in its "
                        + "LambdaReply"));
    }

    @Test
    void aFunctionTimeoutOutsideLambdasLimitsIsRefused() {
        assertTrue(lambdaError("fails: boom\ntimeout: 20m\n").endsWith(".timeout: a function's timeout must be more "
                + "than 0 and at most 15 minutes, was PT20M"));
    }

    @Test
    void aFunctionBoundUnderSomethingThatIsNoArnIsRefused() {
        assertEquals("flows/instance.yaml:3:5: lambdas.functions.createTransferVC: cannot bind 'createTransferVC': "
                + "expected a Lambda function ARN (arn:aws:lambda:<region>:<account>:function:<name>[:<alias or "
                + "version>]) or a deploy placeholder (%%NAME%%)",
                error("lambdas:\n  functions:\n    createTransferVC: {fails: boom}\n"));
    }

    @Test
    void malformedYamlIsOneLineWithItsPlace() {
        assertEquals("flows/instance.yaml:2:7: malformed YAML: expected ',' or ']', but got : (while parsing a "
                + "flow sequence at 1:18)", error("routingProfiles: [a, b\nagents: {}\n"));
        assertEquals("flows/instance.yaml:3:2: malformed YAML: expected <block end>, but found '<block mapping "
                + "start>' (while parsing a block mapping at 1:1)", error("queues:\n  BasicQueue: {}\n x: 1\n"));
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertEquals("flows/instance.yaml:3:3: key 'BasicQueue' is given twice in one map (first at 2:3)",
                error("queues:\n  BasicQueue: {}\n  BasicQueue: {maxContacts: 1}\n"));
    }

    @Test
    void aSectionOfTheWrongShapeSaysWhatWasExpected() {
        assertEquals("flows/instance.yaml:1:9: queues: expected a map of queue names to their settings, found a list",
                error("queues: [BasicQueue]\n"));
        assertEquals("flows/instance.yaml:1:1: expected a map of sections (instance, hoursOfOperation, queues, "
                + "routingProfiles, agents, phoneNumbers, quickConnects, flows, lambdas, customerProfiles, cases,"
                + " lexBots), found a list",
                error("- queues\n"));
        assertEquals("flows/instance.yaml:1:27: queues.Q.maxContacts: expected a whole number from 0 up, found '-1'",
                error("queues: {Q: {maxContacts: -1}}\n"));
    }

    @Test
    void aliasesAndASecondDocumentAreRefused() {
        assertEquals("flows/instance.yaml:3:6: YAML aliases (*q) are not supported in an instance file; write the "
                + "value out", error("queues:\n  A: &q {}\n  B: *q\n"));
        assertEquals("flows/instance.yaml:3:1: a second YAML document (after ---); an instance file holds one "
                + "document", error("queues: {}\n---\nagents: {}\n"));
    }

    @Test
    void aMistakeInAnOverrideNamesTheOverride() {
        Path base = FlowFiles.writeText(dir.resolve("instance.yaml"), BASE);
        Path override = FlowFiles.writeText(dir.resolve("override.yaml"), "queues:\n  BasicQueue: {hours: Night}\n");
        InstanceFileException error = assertThrows(InstanceFileException.class,
                () -> InstanceFile.load(base, List.of(override)));
        assertEquals(override + ":2:23: queues.BasicQueue.hours: refers to an undefined hours of operation 'Night'; "
                + "it has: Basic Hours", error.getMessage());
        assertEquals(override.toString(), error.source());
        assertEquals(2, error.line());
        assertEquals(23, error.column());
        assertEquals("queues.BasicQueue.hours", error.path());
    }

    @Test
    void aMissingInstanceFileIsOneLine() {
        Path missing = dir.resolve("nope.yaml");
        InstanceFileException error = assertThrows(InstanceFileException.class, () -> InstanceFile.load(missing));
        assertEquals(missing + ": no such file", error.getMessage());
    }

    /**
     * Issue 16: an empty flows/instance.yaml loaded as an instance with nothing in it; run then failed looking for
     * its first queue with "Index 0 out of bounds for length 0".
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "\n  \n", "# nothing yet\n", "\uFEFF"})
    void anEmptyInstanceFileIsRefusedSayingItIsEmpty(String text) {
        Path empty = FlowFiles.writeText(dir.resolve("instance.yaml"), text);
        InstanceFileException error = assertThrows(InstanceFileException.class, () -> InstanceFile.load(empty));
        assertEquals(empty + ": the file is empty (nothing but blanks or comments); expected a map of sections ("
                + "instance, hoursOfOperation, queues, routingProfiles, agents, phoneNumbers, quickConnects, flows, "
                + "lambdas, customerProfiles, cases, lexBots), as in flows/README.md", error.getMessage());
    }

    @Test
    void anEmptyOverrideIsRefusedNamingTheOverride() {
        Path base = FlowFiles.writeText(dir.resolve("instance.yaml"), BASE);
        Path override = FlowFiles.writeText(dir.resolve("override.yaml"), "# nothing\n");
        InstanceFileException error = assertThrows(InstanceFileException.class,
                () -> InstanceFile.load(base, List.of(override)));
        assertTrue(error.getMessage().startsWith(override + ": the file is empty"), error.getMessage());
    }

    @Test
    void aDocumentThatIsOnlyNullIsRefusedAsNotAMapOfSections() {
        assertTrue(error("~\n").startsWith("flows/instance.yaml:1:1: expected a map of sections"), error("~\n"));
    }

    @Test
    void aFifoAsTheInstanceFileIsRefusedInsteadOfAReadThatNeverEnds() throws Exception {
        Path fifo = dir.resolve("instance.yaml");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor(), "mkfifo");
        InstanceFileException error = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(InstanceFileException.class, () -> InstanceFile.load(fifo)));
        assertEquals(fifo + ": is not a regular file (a FIFO, a device or a socket is never read as one); expected"
                + " an instance file", error.getMessage());
    }

    /** A LambdaFunction class that an instance file cannot create. */
    public static class NeedsArgument extends FixedVoiceCall {
        public NeedsArgument(String argument) {
        }
    }
}
