package dev.connectsim.flow.run;

import static dev.connectsim.flow.run.FlowTestBed.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ContactState;
import dev.connectsim.contact.DisconnectReason;
import dev.connectsim.flow.FlowType;
import dev.connectsim.routing.AgentStatus;
import dev.connectsim.routing.HoursOfOperation.OpenRange;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.QueueOptions;
import dev.connectsim.routing.QuickConnectType;
import dev.connectsim.sim.Simulation;
import dev.connectsim.testing.Calls;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowControlBlocksTest {

    /** CheckHoursOfOperation of the working queue; each branch says its name. */
    private static final String CHECK = """
            {"Identifier":"check","Type":"CheckHoursOfOperation","Parameters":{},
             "Transitions":{"NextAction":"error","Conditions":[
               {"NextAction":"open","Condition":{"Operator":"Equals","Operands":["True"]}},
               {"NextAction":"closed","Condition":{"Operator":"Equals","Operands":["False"]}}],
             "Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
            """ + say("open") + "," + say("closed") + "," + say("error");

    private static final String TRANSFER_TO_QUEUE = """
            {"Identifier":"queue","Type":"TransferContactToQueue","Parameters":{},"Transitions":{}}""";

    private static String loop(String identifier, String count, String onContinue, String onDone) {
        return """
                {"Identifier":"%s","Type":"Loop","Parameters":{"LoopCount":"%s"},
                 "Transitions":{"NextAction":"%s","Conditions":[
                   {"NextAction":"%s","Condition":{"Operator":"Equals","Operands":["ContinueLooping"]}},
                   {"NextAction":"%s","Condition":{"Operator":"Equals","Operands":["DoneLooping"]}}]}}"""
                .formatted(identifier, count, onDone, onContinue, onDone);
    }

    private static String tick(String identifier, String text, String next) {
        return """
                {"Identifier":"%s","Type":"MessageParticipant","Parameters":{"Text":"%s"},
                 "Transitions":{"NextAction":"%s"}}""".formatted(identifier, text, next);
    }

    private static String setWorkingQueue(String queue, String next) {
        return """
                {"Identifier":"set-queue","Type":"UpdateContactTargetQueue","Parameters":{"QueueId":"%s"},
                 "Transitions":{"NextAction":"%s","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}}"""
                .formatted(queue, next);
    }

    @Test
    void flowLoggingWritesAnEntryPerBlockOnlyWhileEnabledWithReferencesResolved() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"before","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"who":"caller"}},
                 "Transitions":{"NextAction":"log-on"}},
                {"Identifier":"log-on","Type":"UpdateFlowLoggingBehavior",
                 "Parameters":{"FlowLoggingBehavior":"Enabled"},"Transitions":{"NextAction":"greet"}},
                {"Identifier":"greet","Type":"UpdateContactAttributes",
                 "Parameters":{"Attributes":{"greeting":"Hi $.Attributes.who from $.CustomerEndpoint.Address"}},
                 "Transitions":{"NextAction":"log-off"}},
                {"Identifier":"log-off","Type":"UpdateFlowLoggingBehavior",
                 "Parameters":{"FlowLoggingBehavior":"Disabled"},"Transitions":{"NextAction":"after"}},
                {"Identifier":"after","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"b":"2"}},
                 "Transitions":{"NextAction":"bye"}},
                """ + FlowTestBed.disconnect("bye"));

        String contactId = bed.call();

        List<FlowLogEntry> logs = bed.logs(contactId);
        assertEquals(List.of("log-on", "greet"), logs.stream().map(FlowLogEntry::identifier).toList());
        FlowLogEntry greet = logs.get(1);
        assertEquals(Map.of("Attributes", Map.of("greeting", "Hi caller from " + FlowTestBed.CALLER)),
                greet.parameters());
        assertEquals("UpdateContactAttributes", greet.moduleType());
        assertEquals(FlowTestBed.FLOW, greet.flowName());
        assertEquals("Success", greet.results());
        assertEquals(FlowTestBed.FLOW_START, greet.timestamp());
    }

    @Test
    void flowLoggingEnabledOnACallStaysOnForTheTransferLegsFlow() {
        assertEquals(List.of("tell", "to-agent"), legLogsAfterTransfer(true));
        assertEquals(List.of(), legLogsAfterTransfer(false));
    }

    /** The flow log of the leg a quick connect to bob makes from alice's call, with logging on or off before. */
    private List<String> legLogsAfterTransfer(boolean logging) {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"log","Type":"UpdateFlowLoggingBehavior",
                 "Parameters":{"FlowLoggingBehavior":"%s"},"Transitions":{"NextAction":"set-queue"}},
                """.formatted(logging ? "Enabled" : "Disabled") + setWorkingQueue("BasicQueue", "queue") + ","
                + TRANSFER_TO_QUEUE + "," + say("error"))
                .flow("To Bob", FlowType.AGENT_TRANSFER, """
                        {"Identifier":"tell","Type":"MessageParticipant","Parameters":{"Text":"Transferring"},
                         "Transitions":{"NextAction":"to-agent"}},
                        {"Identifier":"to-agent","Type":"TransferContactToAgent","Parameters":{},"Transitions":{}}""")
                .instance(b -> b.quickConnect("Bob", QuickConnectType.USER, "bob", List.of("BasicQueue"), "To Bob"));
        Simulation sim = bed.sim();
        sim.agent("bob").setState(AgentStatus.OFFLINE, Callbacks.none());
        sim.runFor(Duration.ofMillis(200));
        String contactId = bed.call();
        assertTrue(sim.runUntil(() -> Calls.stateOf(sim, "alice", contactId) == ContactState.CONNECTING,
                Duration.ofSeconds(5)).conditionMet(), "the call was offered to alice");
        Contact alicesContact = Calls.aliceContact(sim, contactId).orElseThrow();
        alicesContact.accept(Callbacks.none());
        sim.agent("bob").setState(AgentStatus.AVAILABLE, Callbacks.none());
        sim.runFor(Duration.ofSeconds(2));

        alicesContact.addConnection(sim.instance().quickConnect("Bob").endpoint(), Callbacks.none());
        sim.runFor(Duration.ofSeconds(3));

        String legId = sim.contact(contactId).record().nextContactId();
        assertEquals(EndReason.TRANSFERRED_TO_AGENT, bed.endOf(legId).reason());
        return bed.logs(legId).stream().map(FlowLogEntry::identifier).toList();
    }

    @Test
    void aFlowThatNeverEnablesFlowLoggingWritesNoEntries() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"set","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"a":"1"}},
                 "Transitions":{"NextAction":"bye"}},
                """ + FlowTestBed.disconnect("bye"));

        String contactId = bed.call();

        assertEquals(List.of(), bed.logs(contactId));
        assertEquals(List.of("set", "bye"), bed.path(contactId));
    }

    @Test
    void aLoopContinuesLoopCountTimesThenIsDoneOnce() {
        FlowTestBed bed = FlowTestBed.inbound(loop("loop", "2", "tick", "done") + ","
                + tick("tick", "tick", "loop") + "," + say("done"));

        String contactId = bed.call();

        assertEquals(List.of("tick", "tick", "done"), bed.heard(contactId));
        assertEquals(List.of(
                "loop Condition Equals [ContinueLooping]", "tick NextAction",
                "loop Condition Equals [ContinueLooping]", "tick NextAction",
                "loop Condition Equals [DoneLooping]", "done NextAction"), bed.branches(contactId));
    }

    @Test
    void aLoopEnteredAgainAfterItWasDoneContinuesLoopCountTimesMoreAndTwoLoopsDoNotShareACounter() {
        FlowTestBed bed = FlowTestBed.inbound(loop("outer", "2", "inner", "done") + ","
                + loop("inner", "2", "tick", "outer") + "," + tick("tick", "tick", "inner") + "," + say("done"));

        String contactId = bed.call();

        assertEquals(List.of("tick", "tick", "tick", "tick", "done"), bed.heard(contactId),
                "the inner loop ran twice on each of the outer loop's two rounds");
        assertEquals(List.of("outer", "inner", "tick", "inner", "tick", "inner",
                "outer", "inner", "tick", "inner", "tick", "inner", "outer", "done"), bed.path(contactId));
    }

    @Test
    void aLoopCountOfZeroIsDoneAtOnce() {
        FlowTestBed bed = FlowTestBed.inbound(loop("loop", "0", "tick", "done") + ","
                + tick("tick", "tick", "loop") + "," + say("done"));

        String contactId = bed.call();

        assertEquals(List.of("done"), bed.heard(contactId));
    }

    @Test
    void aLoopTakesItsLoopCountFromAnAttribute() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"set","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"tries":"3"}},
                 "Transitions":{"NextAction":"loop"}},
                """ + loop("loop", "$.Attributes.tries", "tick", "done") + ","
                + tick("tick", "tick", "loop") + "," + say("done"));

        String contactId = bed.call();

        assertEquals(List.of("tick", "tick", "tick", "done"), bed.heard(contactId));
    }

    @Test
    void aLoopCountThatIsNotAWholeNumberFromZeroToAHundredEndsTheFlowWithAnErrorAndHangsUp() {
        for (String bad : List.of("two", "101", "-1", "$.Attributes.missing")) {
            FlowTestBed bed = FlowTestBed.inbound(loop("loop", bad, "tick", "done") + ","
                    + tick("tick", "tick", "loop") + "," + say("done"));

            String contactId = bed.call();

            FlowRunRecord end = bed.endOf(contactId);
            assertEquals(EndReason.FLOW_ERROR, end.reason(), bad);
            assertTrue(end.detail().startsWith("Test Flow.json: action loop (/Actions/0): LoopCount must be a "
                    + "whole number from 0 to 100, was '"), end.detail());
            assertEquals(List.of(), bed.heard(contactId), bad);
            assertTrue(bed.sim().contact(contactId).isDisconnected(), bad);
        }
    }

    @Test
    void compareTakesTheFirstConditionThatHoldsEvenWhenALaterOneHoldsToo() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"set","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"score":"42"}},
                 "Transitions":{"NextAction":"compare"}},
                {"Identifier":"compare","Type":"Compare","Parameters":{"ComparisonValue":"$.Attributes.score"},
                 "Transitions":{"NextAction":"none","Conditions":[
                   {"NextAction":"over-40","Condition":{"Operator":"NumberGreaterThan","Operands":["40"]}},
                   {"NextAction":"exactly-42","Condition":{"Operator":"Equals","Operands":["42"]}}],
                 "Errors":[{"ErrorType":"NoMatchingCondition","NextAction":"none"}]}},
                """ + say("over-40") + "," + say("exactly-42") + "," + say("none"));

        String contactId = bed.call();

        assertEquals(List.of("over-40"), bed.heard(contactId));
    }

    @Test
    void compareRoutesOnTheComparedValueWithEveryOperator() {
        Map<String, String> holding = Map.of(
                "Equals", "billing-2",
                "TextStartsWith", "bill",
                "TextEndsWith", "-2",
                "TextContains", "ing",
                "NumberGreaterThan", "1",
                "NumberGreaterOrEqualTo", "2",
                "NumberLessThan", "3",
                "NumberLessOrEqualTo", "2");
        holding.forEach((operator, operand) -> {
            String value = operator.startsWith("Number") ? "2" : "billing-2";
            assertEquals(List.of("match"), compared(value, operator, operand), operator + " " + operand);
        });
    }

    @Test
    void compareNumberOperatorsAreFalseOnAValueThatIsNotANumberSoNoMatchingConditionIsTaken() {
        for (String operator : List.of("NumberGreaterThan", "NumberGreaterOrEqualTo", "NumberLessThan",
                "NumberLessOrEqualTo")) {
            assertEquals(List.of("no match"), compared("lots", operator, "0"), operator);
        }
    }

    @Test
    void compareComparesAValueThatIsNotThereAsEmptyText() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"compare","Type":"Compare","Parameters":{"ComparisonValue":"$.Attributes.missing"},
                 "Transitions":{"NextAction":"no-match","Conditions":[
                   {"NextAction":"empty","Condition":{"Operator":"Equals","Operands":[""]}}],
                 "Errors":[{"ErrorType":"NoMatchingCondition","NextAction":"no-match"}]}},
                """ + say("empty") + "," + say("no-match"));

        assertEquals(List.of("empty"), bed.heard(bed.call()));
    }

    private List<String> compared(String value, String operator, String operand) {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"set","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"v":"%s"}},
                 "Transitions":{"NextAction":"compare"}},
                {"Identifier":"compare","Type":"Compare","Parameters":{"ComparisonValue":"$.Attributes.v"},
                 "Transitions":{"NextAction":"next","Conditions":[
                   {"NextAction":"match","Condition":{"Operator":"%s","Operands":["%s"]}}],
                 "Errors":[{"ErrorType":"NoMatchingCondition","NextAction":"no-match"}]}},
                """.formatted(value, operator, operand) + say("match") + "," + say("no-match", "no match")
                + "," + say("next"));
        return bed.heard(bed.call());
    }

    /** Office hours are Monday 09:00-17:00 in {@code zone}; the simulation starts Monday 09:00 UTC. */
    private FlowTestBed officeHoursIn(ZoneId zone, String actions) {
        return FlowTestBed.inbound(actions).instance(b -> b
                .hoursOfOperation("Office", zone,
                        List.of(new OpenRange(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))))
                .hoursOfOperation("Night", ZoneOffset.UTC,
                        List.of(new OpenRange(DayOfWeek.MONDAY, LocalTime.of(20, 0), LocalTime.MIDNIGHT)))
                .queue("OfficeQueue", QueueOptions.defaults().withHoursOfOperation("Office")));
    }

    @Test
    void checkHoursIsTrueWhenTheWorkingQueuesHoursAreOpenAtTheSimulationsVirtualTime() {
        FlowTestBed bed = officeHoursIn(ZoneOffset.UTC, setWorkingQueue("OfficeQueue", "check") + "," + CHECK);

        assertEquals(List.of("open"), bed.heard(bed.call()));
    }

    @Test
    void checkHoursIsFalseWhenTheWorkingQueuesHoursAreClosedThenInTheirTimeZone() {
        FlowTestBed bed = officeHoursIn(ZoneId.of("America/New_York"),
                setWorkingQueue("OfficeQueue", "check") + "," + CHECK);

        assertEquals(List.of("closed"), bed.heard(bed.call()), "09:00 UTC is 04:00 in New York");
    }

    @Test
    void checkHoursChecksTheHoursItNamesInsteadOfTheWorkingQueues() {
        FlowTestBed byName = officeHoursIn(ZoneOffset.UTC, setWorkingQueue("OfficeQueue", "check") + ","
                + CHECK.replace("\"Parameters\":{}", "\"Parameters\":{\"HoursOfOperationId\":\"Night\"}"));
        assertEquals(List.of("closed"), byName.heard(byName.call()));

        String nightArn = "arn:aws:connect:us-east-1:000000000000:instance/00000000-0000-4000-8000-000000000000"
                + "/operating-hours/" + Instance.nameBasedId("operating-hours", "Night");
        FlowTestBed byArn = officeHoursIn(ZoneOffset.UTC, setWorkingQueue("OfficeQueue", "check") + ","
                + CHECK.replace("\"Parameters\":{}", "\"Parameters\":{\"HoursOfOperationId\":\"" + nightArn + "\"}"));
        assertEquals(List.of("closed"), byArn.heard(byArn.call()));

        FlowTestBed noQueue = officeHoursIn(ZoneOffset.UTC,
                CHECK.replace("\"Parameters\":{}", "\"Parameters\":{\"HoursOfOperationId\":\"Office\"}"));
        assertEquals(List.of("open"), noQueue.heard(noQueue.call()), "named hours need no working queue");
    }

    @Test
    void checkHoursOfHoursTheInstanceDoesNotHaveTakesTheErrorBranch() {
        FlowTestBed bed = officeHoursIn(ZoneOffset.UTC,
                CHECK.replace("\"Parameters\":{}", "\"Parameters\":{\"HoursOfOperationId\":\"Weekend\"}"));

        assertEquals(List.of("error"), bed.heard(bed.call()));
    }

    @Test
    void checkHoursOnAContactWithNoWorkingQueueTakesTheErrorBranch() {
        FlowTestBed bed = officeHoursIn(ZoneOffset.UTC, CHECK);

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertEquals("check Error NoMatchingError", bed.branches(contactId).get(0));
    }

    @Test
    void checkHoursOfAnAgentsQueueTakesTheErrorBranchForItHasNoHours() {
        FlowTestBed bed = officeHoursIn(ZoneOffset.UTC, """
                {"Identifier":"set-agent","Type":"UpdateContactTargetQueue","Parameters":{"AgentId":"alice"},
                 "Transitions":{"NextAction":"check"}},
                """ + CHECK);

        assertEquals(List.of("error"), bed.heard(bed.call()));
    }

    private FlowTestBed staffing(String parameters, String queue) {
        String actions = """
                {"Identifier":"log-on","Type":"UpdateFlowLoggingBehavior",
                 "Parameters":{"FlowLoggingBehavior":"Enabled"},"Transitions":{"NextAction":"%s"}},
                """.formatted(queue == null ? "metric" : "set-queue")
                + (queue == null ? "" : setWorkingQueue(queue, "metric") + ",")
                + """
                {"Identifier":"metric","Type":"CheckMetricData","Parameters":%s,
                 "Transitions":{"NextAction":"nobody","Conditions":[
                   {"NextAction":"staffed","Condition":{"Operator":"NumberGreaterThan","Operands":["0"]}}],
                 "Errors":[{"ErrorType":"NoMatchingCondition","NextAction":"nobody"},
                   {"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """.formatted(parameters) + say("staffed") + "," + say("nobody") + "," + say("error");
        return FlowTestBed.inbound(actions);
    }

    /** What the metric block read, from its flow log entry. */
    private String metricRead(FlowTestBed bed, String contactId) {
        return bed.logs(contactId).stream().filter(e -> e.identifier().equals("metric")).findFirst()
                .orElseThrow().results();
    }

    /** Carol, SupportQueue's only agent, takes a call and is busy with it. */
    private void carolIsOnACall(FlowTestBed bed) {
        bed.sim().inboundCall("+15550111", "SupportQueue");
        bed.sim().runFor(Duration.ofSeconds(4));
    }

    @Test
    void checkStaffingCountsTheAgentsAvailableInTheWorkingQueue() {
        FlowTestBed bed = staffing("{\"MetricType\":\"NumberOfAgentsAvailable\"}", "BasicQueue");

        String contactId = bed.call();

        assertEquals("2", metricRead(bed, contactId), "alice and bob");
        assertEquals(List.of("staffed"), bed.heard(contactId));
    }

    @Test
    void checkStaffingCountsAnAgentOnAContactAsStaffedAndOnlineButNotAvailable() {
        FlowTestBed available = staffing("{\"MetricType\":\"NumberOfAgentsAvailable\"}", "SupportQueue");
        carolIsOnACall(available);
        String contactId = available.call();
        assertEquals("0", metricRead(available, contactId));
        assertEquals(List.of("nobody"), available.heard(contactId), "0 is not greater than 0: NoMatchingCondition");

        FlowTestBed staffed = staffing("{\"MetricType\":\"NumberOfAgentsStaffed\"}", "SupportQueue");
        carolIsOnACall(staffed);
        contactId = staffed.call();
        assertEquals("1", metricRead(staffed, contactId));
        assertEquals(List.of("staffed"), staffed.heard(contactId));

        FlowTestBed online = staffing("{\"MetricType\":\"NumberOfAgentsOnline\"}", "SupportQueue");
        carolIsOnACall(online);
        contactId = online.call();
        assertEquals("1", metricRead(online, contactId));
    }

    @Test
    void checkStaffingCountsAnOfflineAgentNeitherOnlineNorStaffedNorAvailable() {
        for (String metric : List.of("NumberOfAgentsOnline", "NumberOfAgentsStaffed", "NumberOfAgentsAvailable")) {
            FlowTestBed bed = staffing("{\"MetricType\":\"" + metric + "\"}", "BasicQueue");
            bed.sim().agent("bob").setState(AgentStatus.OFFLINE, Callbacks.none());
            bed.sim().runFor(Duration.ofSeconds(1));

            assertEquals("1", metricRead(bed, bed.call()), metric + ": alice only");
        }
    }

    @Test
    void checkMetricCountsTheContactsWaitingInTheQueueAndTheAgeOfTheOldest() {
        FlowTestBed count = staffing("{\"MetricType\":\"NumberOfContactsInQueue\"}", "EmptyQueue");
        count.sim().inboundCall("+15550111", "EmptyQueue");
        count.sim().inboundCall("+15550112", "EmptyQueue");
        count.sim().runFor(Duration.ofSeconds(30));
        assertEquals("2", metricRead(count, count.call()));

        FlowTestBed oldest = staffing("{\"MetricType\":\"OldestContactInQueueAgeSeconds\"}", "EmptyQueue");
        oldest.sim().inboundCall("+15550111", "EmptyQueue");
        oldest.sim().runFor(Duration.ofSeconds(30));
        oldest.sim().inboundCall("+15550112", "EmptyQueue");
        String contactId = oldest.call();
        assertEquals("30", metricRead(oldest, contactId), "queued at 0.5 s, read at 30.5 s");
        assertEquals(List.of("staffed"), oldest.heard(contactId));
    }

    @Test
    void checkMetricOfAnEmptyQueueGivesZeroForTheOldestContact() {
        FlowTestBed bed = staffing("{\"MetricType\":\"OldestContactInQueueAgeSeconds\"}", "EmptyQueue");

        String contactId = bed.call();

        assertEquals("0", metricRead(bed, contactId));
        assertEquals(List.of("nobody"), bed.heard(contactId));
    }

    @Test
    void checkMetricReadsTheQueueOrAgentItNamesInsteadOfTheWorkingQueue() {
        FlowTestBed queue = staffing("{\"MetricType\":\"NumberOfAgentsStaffed\",\"QueueId\":\"SupportQueue\"}",
                null);
        assertEquals("1", metricRead(queue, queue.call()), "carol");

        FlowTestBed agent = staffing("{\"MetricType\":\"NumberOfAgentsAvailable\",\"AgentId\":\"bob\"}", null);
        assertEquals("1", metricRead(agent, agent.call()), "bob is available");
    }

    @Test
    void checkMetricWithNoWorkingQueueOrAQueueTheInstanceLacksTakesTheErrorBranch() {
        FlowTestBed noQueue = staffing("{\"MetricType\":\"NumberOfAgentsStaffed\"}", null);
        assertEquals(List.of("error"), noQueue.heard(noQueue.call()));

        FlowTestBed unknown = staffing("{\"MetricType\":\"NumberOfAgentsStaffed\",\"QueueId\":\"Nowhere\"}",
                null);
        assertEquals(List.of("error"), unknown.heard(unknown.call()));
    }

    @Test
    void checkMetricOfAMetricTypeConnectDoesNotHaveTakesTheErrorBranch() {
        FlowTestBed bed = staffing("{\"MetricType\":\"NumberOfAgentsHappy\"}", "BasicQueue");

        assertEquals(List.of("error"), bed.heard(bed.call()));
    }

    @Test
    void transferToFlowContinuesAtTheStartOfTheOtherFlowWhichSeesTheAttributesSetBefore() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"set","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"topic":"billing"}},
                 "Transitions":{"NextAction":"go"}},
                {"Identifier":"go","Type":"TransferToFlow","Parameters":{"ContactFlowId":"Billing"},
                 "Transitions":{"NextAction":"error","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """ + say("error")).flow("Billing", FlowType.CONTACT_FLOW,
                say("billing", "You asked about $.Attributes.topic"));

        String contactId = bed.call();

        assertEquals(List.of("You asked about billing"), bed.heard(contactId));
        assertEquals(List.of("set NextAction", "go TransferToFlow Billing", "billing NextAction"),
                bed.branches(contactId));
        FlowRunRecord end = bed.endOf(contactId);
        assertEquals(FlowTestBed.FLOW, end.flowName());
        assertEquals("Billing", end.lastFlow());
    }

    @Test
    void transferToFlowFindsTheFlowByAForeignArnInAnAttribute() {
        String billingId = java.util.UUID.nameUUIDFromBytes("Billing".getBytes()).toString();
        String foreignArn = "arn:aws:connect:eu-west-2:111122223333:instance/other/contact-flow/" + billingId;
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"set","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"next":"%s"}},
                 "Transitions":{"NextAction":"go"}},
                {"Identifier":"go","Type":"TransferToFlow","Parameters":{"ContactFlowId":"$.Attributes.next"},
                 "Transitions":{"NextAction":"error","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """.formatted(foreignArn) + say("error"))
                .flow("Billing", FlowType.CONTACT_FLOW, say("billing"));

        assertEquals(List.of("billing"), bed.heard(bed.call()));
    }

    @Test
    void transferToFlowToAFlowTheInstanceDoesNotHaveTakesTheErrorBranch() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"go","Type":"TransferToFlow","Parameters":{"ContactFlowId":"Biling"},
                 "Transitions":{"NextAction":"error","Errors":[{"ErrorType":"NoMatchingError","NextAction":"error"}]}},
                """ + say("error")).flow("Billing", FlowType.CONTACT_FLOW, say("billing"));

        String contactId = bed.call();

        assertEquals(List.of("error"), bed.heard(contactId));
        assertEquals("go Error NoMatchingError", bed.branches(contactId).get(0));
    }

    @Test
    void endFlowExecutionEndsTheFlowAndAContactThatIsNotQueuedWithIt() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"end","Type":"EndFlowExecution","Parameters":{},"Transitions":{}}""");

        String contactId = bed.call();

        assertEquals(EndReason.FLOW_ENDED, bed.endOf(contactId).reason());
        assertTrue(bed.sim().contact(contactId).isDisconnected());
        assertEquals(DisconnectReason.CONTACT_FLOW_DISCONNECT,
                bed.sim().contact(contactId).record().disconnectReason());
    }

    @Test
    void endFlowExecutionInACustomerQueueFlowLeavesTheContactWaitingInTheQueue() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"hook","Type":"UpdateContactEventHooks",
                 "Parameters":{"EventHooks":{"CustomerQueue":"Hold Music"}},"Transitions":{"NextAction":"set-queue"}},
                """ + setWorkingQueue("EmptyQueue", "queue") + "," + TRANSFER_TO_QUEUE + "," + say("error"))
                .flow("Hold Music", FlowType.CUSTOMER_QUEUE, """
                        {"Identifier":"music","Type":"MessageParticipant","Parameters":{"Text":"Please hold"},
                         "Transitions":{"NextAction":"end"}},
                        {"Identifier":"end","Type":"EndFlowExecution","Parameters":{},"Transitions":{}}""");

        String contactId = bed.call();
        bed.sim().runFor(Duration.ofSeconds(5));

        List<FlowRunRecord> runs = bed.runsOf(contactId);
        assertEquals(List.of(EndReason.QUEUED, EndReason.FLOW_ENDED), runs.stream().map(FlowRunRecord::reason)
                .toList());
        assertEquals(RunKind.CUSTOMER_QUEUE, runs.get(1).kind());
        assertEquals(List.of("Please hold"), bed.heard(contactId));
        assertFalse(bed.sim().contact(contactId).isDisconnected(), "the contact still waits in EmptyQueue");
    }

    @Test
    void anUnknownActionTypeFailsTheRunNamingItsIdentifierAndTypeAndHangsUp() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"set","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"a":"1"}},
                 "Transitions":{"NextAction":"oops"}},
                {"Identifier":"oops","Type":"Lop","Parameters":{"LoopCount":"2"},"Transitions":{"NextAction":"bye"}},
                """ + FlowTestBed.disconnect("bye"));

        String contactId = bed.call();

        FlowRunRecord end = bed.endOf(contactId);
        assertEquals(EndReason.FLOW_ERROR, end.reason());
        assertEquals("Test Flow.json: action oops (/Actions/1): unknown action type 'Lop' (did you mean "
                + "'Loop'?); the simulator cannot run it", end.detail());
        assertEquals(List.of(end), bed.sim().flows().errors());
        assertEquals(List.of("Test Flow.json: action oops (Type Lop) at /Actions/1: unknown action type 'Lop' (did you"
                + " mean 'Loop'?)"), bed.sim().flows().unmodelled().stream().map(Unmodelled::describe).toList());
        assertEquals(List.of("set", "oops"), bed.path(contactId));
        assertEquals(DisconnectReason.CONTACT_FLOW_DISCONNECT,
                bed.sim().contact(contactId).record().disconnectReason());
    }

    @Test
    void aParameterTheSimulatorLeavesOutIsRecordedAsNotModelledAndTheBlockStillRuns() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"check","Type":"CheckVoiceId","Parameters":{"CheckVoiceIdOption":"enrollmentStatus"},
                 "Transitions":{"NextAction":"bye","Errors":[{"ErrorType":"NoMatchingError","NextAction":"bye"}]}},
                """ + FlowTestBed.disconnect("bye"));

        String contactId = bed.call();

        assertEquals(EndReason.DISCONNECTED, bed.endOf(contactId).reason());
        assertEquals(List.of("Test Flow.json: action check (Type CheckVoiceId) at /Actions/0: the parameter"
                + " CheckVoiceIdOption is not modelled: the simulator runs the block as if it were absent"),
                bed.sim().flows().unmodelled().stream().map(Unmodelled::describe).toList());
    }

    /** Each thing is listed once, however often calls meet it: a load run meets the same few again and again. */
    @Test
    void aReferenceTheSimulatorDoesNotKnowIsRecordedOnceAndReadsAsNothing() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"set","Type":"UpdateContactAttributes",
                 "Parameters":{"Attributes":{"greeting":"Hi $.Queue.Colour $.CustomerEndpoint.Country"}},
                 "Transitions":{"NextAction":"bye"}},
                """ + FlowTestBed.disconnect("bye"));

        String first = bed.call();
        bed.call();

        assertEquals("Hi  ", bed.sim().contact(first).attributes().get("greeting"));
        assertEquals(List.of("Test Flow.json: action set (Type UpdateContactAttributes) at /Actions/0: the reference"
                + " $.CustomerEndpoint.Country is not one the simulator knows, so it read as nothing"),
                bed.sim().flows().unmodelled().stream().map(Unmodelled::describe).toList());
    }
}
