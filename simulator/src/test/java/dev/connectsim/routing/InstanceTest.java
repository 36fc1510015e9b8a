package dev.connectsim.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.routing.HoursOfOperation.OpenRange;
import dev.connectsim.routing.InvalidInstanceException.Problem;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InstanceTest {

    private static final String PREFIX = "arn:aws:connect:us-east-1:000000000000:instance/"
            + Instance.DEFAULT_INSTANCE_ID;
    private static final String FOREIGN = "arn:aws:connect:eu-west-2:123456789012:instance/"
            + "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private static final List<OpenRange> WEEKDAYS = List.of(
            new OpenRange(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));

    private static Instance.Builder office() {
        return Instance.builder()
                .hoursOfOperation("Office Hours", ZoneId.of("America/New_York"), WEEKDAYS)
                .queue("BasicQueue", QueueOptions.defaults().withHoursOfOperation("Office Hours").withMaxContacts(10)
                        .withOutboundCallerIdNumber("+18005550100"))
                .queue("SupportQueue", QueueOptions.defaults().withId("q-support"))
                .routingProfile("Basic", "BasicQueue", "SupportQueue")
                .agent("alice", "Basic")
                .agent("bob", "Basic", AgentOptions.defaults().withId("u-bob").withName("Robert", "Smith")
                        .withBehavior(AgentBehavior.acceptsAfter(Duration.ofSeconds(2))))
                .quickConnect("Bob", QuickConnectType.USER, "bob", List.of("BasicQueue"), "Agent Transfer")
                .quickConnect("Support", QuickConnectType.QUEUE, "SupportQueue", List.of("BasicQueue"),
                        "Queue Transfer")
                .quickConnect("External", QuickConnectType.PHONE_NUMBER, "+15550199", "BasicQueue")
                .phoneNumber("+18005550100", "Inbound");
    }

    @Test
    void partsWithoutAnIdGetANameBasedUuidAndAnArnUnderTheInstance() {
        Instance instance = office().build();
        Queue basic = instance.queue("BasicQueue");
        String expectedId = UUID.nameUUIDFromBytes("queue/BasicQueue".getBytes(StandardCharsets.UTF_8)).toString();
        assertEquals(expectedId, basic.id());
        assertEquals(PREFIX + "/queue/" + expectedId, basic.arn());
        assertEquals(Instance.nameBasedId("agent", "alice"), instance.agent("alice").id());
        assertEquals(PREFIX + "/agent/" + Instance.nameBasedId("agent", "alice"), instance.agent("alice").arn());
        assertEquals(PREFIX + "/transfer-destination/" + Instance.nameBasedId("transfer-destination", "Bob"),
                instance.quickConnect("Bob").arn());
        assertEquals(basic.arn(), office().build().queue("BasicQueue").arn(), "the same on every build");
    }

    @Test
    void aGivenIdIsUsedInTheArnAndAGivenArnGivesTheId() {
        Instance instance = Instance.builder()
                .queue("SupportQueue", QueueOptions.defaults().withId("q-support"))
                .queue("Imported", QueueOptions.defaults().withArn(FOREIGN + "/queue/q-imported"))
                .build();
        assertEquals(PREFIX + "/queue/q-support", instance.queue("SupportQueue").arn());
        assertEquals("q-imported", instance.queue("Imported").id());
        assertEquals(FOREIGN + "/queue/q-imported", instance.queue("Imported").arn());
    }

    @Test
    void queuesKeepTheirHoursLimitAndCallerIdAndDefaultToBasicHoursWithNoLimit() {
        Instance instance = office().build();
        Queue basic = instance.queue("BasicQueue");
        assertEquals("Office Hours", basic.hoursOfOperation());
        assertEquals(OptionalInt.of(10), basic.maxContacts());
        assertEquals("+18005550100", basic.outboundCallerIdNumber());
        Queue support = instance.queue("SupportQueue");
        assertEquals("Basic Hours", support.hoursOfOperation());
        assertEquals(OptionalInt.empty(), support.maxContacts());
        assertNull(support.outboundCallerIdNumber());
    }

    @Test
    void everyInstanceHasBasicHoursOpenAllWeekInUtcUnlessItDefinesThem() {
        HoursOfOperation basic = office().build().hoursOfOperation("Basic Hours");
        assertEquals(ZoneId.of("Z"), basic.zone());
        assertTrue(basic.isOpen(Instant.parse("2026-01-04T03:00:00Z")));
        assertEquals(List.of("Basic Hours", "Office Hours"),
                office().build().hoursOfOperations().stream().map(HoursOfOperation::name).toList());

        Instance redefined = office().hoursOfOperation("Basic Hours", ZoneId.of("UTC"), WEEKDAYS).build();
        assertEquals(WEEKDAYS, redefined.hoursOfOperation("Basic Hours").ranges());
    }

    @Test
    void agentsAreNamedAfterTheirUsernameUnlessGivenNames() {
        Instance instance = office().build();
        AgentProfile alice = instance.agent("alice");
        assertEquals("Alice", alice.firstName());
        assertEquals("Agent", alice.lastName());
        AgentProfile bob = instance.agent("bob");
        assertEquals("Robert", bob.firstName());
        assertEquals("Smith", bob.lastName());
        assertEquals(PREFIX + "/agent/u-bob", bob.arn());
        assertEquals(new AgentBehavior.AcceptsAfter(Duration.ofSeconds(2)), bob.behavior());
    }

    @Test
    void quickConnectsCarryTheFlowTheirTransfersRun() {
        Instance instance = office().build();
        assertEquals("Agent Transfer", instance.quickConnect("Bob").flowName());
        assertEquals("Queue Transfer", instance.quickConnect("Support").flowName());
        assertNull(instance.quickConnect("External").flowName());
    }

    @Test
    void listsAreInDefinitionOrder() {
        Instance instance = office().build();
        assertEquals(List.of("BasicQueue", "SupportQueue"), instance.queues().stream().map(Queue::name).toList());
        assertEquals(List.of("Bob", "Support", "External"),
                instance.quickConnects().stream().map(QuickConnect::name).toList());
        assertEquals(List.of(new PhoneNumber("+18005550100", "Inbound")), instance.phoneNumbers());
    }

    @Test
    void aPhoneNumberIsFoundWithItsFlow() {
        Instance instance = office().build();
        assertEquals(Optional.of(new PhoneNumber("+18005550100", "Inbound")), instance.phoneNumber("+18005550100"));
        assertEquals(Optional.empty(), instance.phoneNumber("+18005550101"));
    }

    @Test
    void findQueueTakesANameAnIdTheArnOrAForeignQueueArnEndingInTheId() {
        Instance instance = office().build();
        Queue support = instance.queue("SupportQueue");
        assertEquals(Optional.of(support), instance.findQueue("SupportQueue"));
        assertEquals(Optional.of(support), instance.findQueue("q-support"));
        assertEquals(Optional.of(support), instance.findQueue(PREFIX + "/queue/q-support"));
        assertEquals(Optional.of(support), instance.findQueue(FOREIGN + "/queue/q-support"));
        assertEquals(Optional.empty(), instance.findQueue(FOREIGN + "/agent/q-support"), "an ARN of another kind");
        assertEquals(Optional.empty(), instance.findQueue("Support Queue"));
    }

    @Test
    void findAgentTakesAUsernameAnIdTheArnOrAForeignAgentArnEndingInTheId() {
        Instance instance = office().build();
        AgentProfile bob = instance.agent("bob");
        assertEquals(Optional.of(bob), instance.findAgent("bob"));
        assertEquals(Optional.of(bob), instance.findAgent("u-bob"));
        assertEquals(Optional.of(bob), instance.findAgent(bob.arn()));
        assertEquals(Optional.of(bob), instance.findAgent(FOREIGN + "/agent/u-bob"));
        assertEquals(Optional.empty(), instance.findAgent(FOREIGN + "/queue/u-bob"));
        assertEquals(Optional.empty(), instance.findAgent("Robert"));
    }

    @Test
    void findHoursOfOperationTakesANameAnIdTheArnOrAForeignOperatingHoursArn() {
        Instance instance = office().hoursOfOperation(new HoursOfOperation("Night", "h-night",
                FOREIGN + "/operating-hours/h-night", ZoneId.of("UTC"), WEEKDAYS)).build();
        HoursOfOperation office = instance.hoursOfOperation("Office Hours");
        assertEquals(Optional.of(office), instance.findHoursOfOperation("Office Hours"));
        assertEquals(Optional.of(office), instance.findHoursOfOperation(office.id()));
        assertEquals(Optional.of(office), instance.findHoursOfOperation(office.arn()));
        assertEquals(Optional.of(office), instance.findHoursOfOperation(FOREIGN + "/operating-hours/" + office.id()));
        HoursOfOperation night = instance.hoursOfOperation("Night");
        assertEquals(FOREIGN + "/operating-hours/h-night", night.arn(), "an explicit ARN is kept as given");
        assertEquals(Optional.of(night), instance.findHoursOfOperation(PREFIX + "/operating-hours/h-night"));
        assertEquals(Optional.empty(), instance.findHoursOfOperation(PREFIX + "/queue/h-night"));
    }

    @Test
    void unknownHoursOfOperationAreNamedWithTheNearest() {
        UnknownNameException error = assertThrows(UnknownNameException.class,
                () -> office().build().hoursOfOperation("Ofice Hours"));
        assertEquals("the instance has no hours of operation 'Ofice Hours' (did you mean 'Office Hours'?); it has: "
                + "Basic Hours, Office Hours", error.getMessage());
    }

    @Test
    void toBuilderOverridesPartsInPlaceAndLeavesTheOriginalAlone() {
        Instance original = office().build();
        Instance changed = original.toBuilder()
                .queue("BasicQueue", QueueOptions.defaults())
                .agent("carol", "Basic", AgentBehavior.acceptsAfter(Duration.ofSeconds(3)))
                .multiPartyConference(true)
                .build();

        assertEquals("Basic Hours", changed.queue("BasicQueue").hoursOfOperation());
        assertEquals(List.of("BasicQueue", "SupportQueue"), changed.queues().stream().map(Queue::name).toList(),
                "a replaced queue keeps its place");
        assertEquals(List.of("alice", "bob", "carol"),
                changed.agents().stream().map(AgentProfile::username).toList());
        assertTrue(changed.multiPartyConference());
        assertEquals("Office Hours", original.queue("BasicQueue").hoursOfOperation());
        assertEquals(2, original.agents().size());
        assertEquals(original.agent("bob"), changed.agent("bob"), "what is not overridden stays as it was");
    }

    @Test
    void derivedArnsFollowANewInstanceIdAndGivenOnesStay() {
        Instance moved = office().build().toBuilder().instanceId("11111111-2222-4333-8444-555555555555").build();
        String prefix = "arn:aws:connect:us-east-1:000000000000:instance/11111111-2222-4333-8444-555555555555";
        assertEquals(prefix, moved.arn());
        assertEquals(prefix + "/queue/q-support", moved.queue("SupportQueue").arn());
        assertEquals(prefix + "/agent/" + Instance.nameBasedId("agent", "alice"), moved.agent("alice").arn());
    }

    @Test
    void aQueueWithUndefinedHoursIsRefusedNamingTheNearest() {
        InvalidInstanceException error = assertThrows(InvalidInstanceException.class, () -> office()
                .queue("Late", QueueOptions.defaults().withHoursOfOperation("Ofice Hours")).build());
        assertEquals("queue 'Late' refers to an undefined hours of operation 'Ofice Hours' (did you mean "
                + "'Office Hours'?); it has: Basic Hours, Office Hours", error.getMessage());
        assertEquals(List.of("queues", "Late", "hours"), error.problems().get(0).path());
    }

    @Test
    void quickConnectsToUndefinedAgentsAndQueuesAreRefusedWithEveryProblem() {
        InvalidInstanceException error = assertThrows(InvalidInstanceException.class, () -> office()
                .quickConnect("Bob", QuickConnectType.USER, "bobb", List.of("BasicQueue"), "Agent Transfer")
                .quickConnect("Support", QuickConnectType.QUEUE, "SuportQueue", List.of("BasicQueue", "Nope"), null)
                .build());
        assertEquals(List.of(
                new Problem(List.of("quickConnects", "Bob", "target"), "quick connect 'Bob'",
                        "refers to an undefined agent 'bobb' (did you mean 'bob'?); it has: alice, bob"),
                new Problem(List.of("quickConnects", "Support", "queues", "1"), "quick connect 'Support'",
                        "refers to an undefined queue 'Nope'; it has: BasicQueue, SupportQueue"),
                new Problem(List.of("quickConnects", "Support", "target"), "quick connect 'Support'",
                        "refers to an undefined queue 'SuportQueue' (did you mean 'SupportQueue'?); it has: "
                                + "BasicQueue, SupportQueue")), error.problems());
    }

    @Test
    void aPhoneNumberQuickConnectWithAFlowIsRefused() {
        InvalidInstanceException error = assertThrows(InvalidInstanceException.class, () -> office()
                .quickConnect("External", QuickConnectType.PHONE_NUMBER, "+15550199", List.of(), "Agent Transfer")
                .build());
        assertEquals("quick connect 'External' is a PHONE_NUMBER quick connect, which runs no flow, but names flow "
                + "'Agent Transfer'", error.getMessage());
    }

    @Test
    void twoQueuesWithOneIdAndAnIdThatDisagreesWithItsArnAreRefused() {
        InvalidInstanceException error = assertThrows(InvalidInstanceException.class, () -> office()
                .queue("Other", QueueOptions.defaults().withId("q-support"))
                .queue("Odd", QueueOptions.defaults().withId("q-1").withArn(PREFIX + "/queue/q-2"))
                .build());
        assertEquals("queue 'Odd' has id 'q-1' but its ARN ends in 'q-2' (an ARN ends with the id); "
                + "queue 'Other' has the same id as queue 'SupportQueue'", error.getMessage());
    }

    @Test
    void optionsRefuseANegativeLimitAndACallerIdThatIsNotE164() {
        assertThrows(IllegalArgumentException.class, () -> QueueOptions.defaults().withMaxContacts(-1));
        assertThrows(IllegalArgumentException.class,
                () -> QueueOptions.defaults().withOutboundCallerIdNumber("18005550100"));
        assertThrows(IllegalArgumentException.class, () -> Instance.builder().phoneNumber("555-0100", "Inbound"));
    }
}
