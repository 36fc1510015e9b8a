package dev.connectsim.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.FlowType;
import dev.connectsim.lambda.BoundFunction;
import dev.connectsim.lambda.FunctionConfig;
import dev.connectsim.lambda.LambdaReply;
import dev.connectsim.lambda.Resolution;
import dev.connectsim.routing.AgentBehavior;
import dev.connectsim.routing.AgentProfile;
import dev.connectsim.routing.HoursOfOperation;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.PhoneNumber;
import dev.connectsim.routing.Queue;
import dev.connectsim.routing.QuickConnect;
import dev.connectsim.routing.QuickConnectType;
import dev.connectsim.sim.Simulation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceFileTest {

    static final String TELEPHONY =
            "arn:aws:lambda:us-east-1:123456789012:function:InvokeTelephonyIntegrationApiFunction";

    static final String EXAMPLE = """
            instance: {id: 11111111-2222-4333-8444-555555555555, multiPartyConference: true}
            hoursOfOperation:
              Office Hours:
                zone: America/New_York
                open: {MONDAY: "09:00-17:00", tuesday: "09:00-12:00, 13:00-17:00", SATURDAY: ["20:00-00:00"]}
            queues:
              BasicQueue: {hours: Office Hours, maxContacts: 10, outboundCallerId: "+18005550100"}
              SupportQueue:
                id: q-support
              Imported: {arn: "arn:aws:connect:eu-west-2:123456789012:instance/abc/queue/q-imported"}
            routingProfiles:
              Basic Routing Profile: [BasicQueue, Imported]
              Support Routing Profile: [SupportQueue]
            agents:
              alice: {routingProfile: Basic Routing Profile, behavior: manual}
              bob:
                routingProfile: Basic Routing Profile
                behavior: accepts after 2s
                firstName: Robert
                lastName: Smith
              carol: {routingProfile: Support Routing Profile, behavior: rejects after 1s, id: u-carol}
              dan: {routingProfile: Support Routing Profile, behavior: misses}
            phoneNumbers:
              +18005550100: Inbound
            quickConnects:
              Transfer to Bob: {type: USER, target: bob, flow: Agent Transfer, queues: [BasicQueue]}
              Support Queue: {type: queue, target: SupportQueue, queues: [BasicQueue, SupportQueue]}
              External: {type: PHONE_NUMBER, target: "+15550199", queues: [BasicQueue]}
            flows:
              Inbound: {file: inbound.json, type: CONTACT_FLOW}
              Agent Transfer: {file: transfers/agent-transfer.json, id: flow-at}
            lambdas:
              placeholders: {INVOKE_TELEPHONY_FUNCTION_ARN: "%s"}
              functions:
                "%s":
                  returns: {voiceCallId: "0LQ000000000001", attempts: 1, ok: true}
                  after: 300ms
                  timeout: 5s
                  coldStart: 150ms
                "arn:aws:lambda:us-east-1:123456789012:function:Failing":
                  fails: "Error creating VoiceCall record"
                  after: 2s
                "arn:aws:lambda:us-east-1:123456789012:function:Coded":
                  handler: dev.connectsim.setup.FixedVoiceCall
                  idleExpiry: 5m
                  reservedConcurrency: 2
            """.formatted(TELEPHONY, TELEPHONY);

    @TempDir
    Path dir;

    private SimulatedInstance example() {
        FlowFiles.write(dir, "inbound.json", null);
        FlowFiles.write(dir, "transfers/agent-transfer.json", "agentTransfer");
        return InstanceFile.load(FlowFiles.writeText(dir.resolve("instance.yaml"), EXAMPLE));
    }

    @Test
    void theInstanceSettingsAndHoursOfOperationAreLoaded() {
        Instance instance = example().instance();
        assertEquals("11111111-2222-4333-8444-555555555555", instance.instanceId());
        assertTrue(instance.multiPartyConference());
        assertEquals(List.of("Basic Hours", "Office Hours"),
                instance.hoursOfOperations().stream().map(HoursOfOperation::name).toList());
        HoursOfOperation office = instance.hoursOfOperation("Office Hours");
        assertEquals(ZoneId.of("America/New_York"), office.zone());
        assertEquals(4, office.ranges().size(), "Monday, two on Tuesday, Saturday");
        assertFalse(office.isOpen(Instant.parse("2026-01-06T17:59:00Z")), "Tuesday 12:59 in New York: lunch");
        assertTrue(office.isOpen(Instant.parse("2026-01-06T18:00:00Z")), "Tuesday 13:00 in New York");
        assertTrue(office.isOpen(Instant.parse("2026-01-11T04:30:00Z")), "Saturday 23:30 in New York");
    }

    @Test
    void theOfferTimeoutIsTheInstancesWhenItSaysAndTheSimulationsDefaultOtherwise() {
        SimulatedInstance ringing = InstanceFile.parse("instance: {offerTimeout: 30s}\nqueues: {BasicQueue: {}}\n",
                dir, "flows/instance.yaml");
        assertEquals(Optional.of(Duration.ofSeconds(30)), ringing.instance().offerTimeout());
        assertEquals(Duration.ofSeconds(30), Simulation.builder(ringing).build().timings().agentOfferTimeout());
        assertEquals(Optional.empty(), example().instance().offerTimeout());
        assertEquals(Duration.ofSeconds(20), Simulation.builder(example()).build().timings().agentOfferTimeout());
    }

    @Test
    void queuesRoutingProfilesAndAgentsAreLoaded() {
        Instance instance = example().instance();
        Queue basic = instance.queue("BasicQueue");
        assertEquals("Office Hours", basic.hoursOfOperation());
        assertEquals(OptionalInt.of(10), basic.maxContacts());
        assertEquals("+18005550100", basic.outboundCallerIdNumber());
        assertEquals(instance.arn() + "/queue/q-support", instance.queue("SupportQueue").arn());
        assertEquals(Optional.of(instance.queue("Imported")), instance.findQueue("q-imported"));
        assertEquals(List.of("BasicQueue", "Imported"),
                instance.routingProfile("Basic Routing Profile").queueNames());

        AgentProfile bob = instance.agent("bob");
        assertEquals("Robert Smith", bob.firstName() + " " + bob.lastName());
        assertEquals(new AgentBehavior.AcceptsAfter(Duration.ofSeconds(2)), bob.behavior());
        assertEquals(new AgentBehavior.Manual(), instance.agent("alice").behavior());
        assertEquals(new AgentBehavior.RejectsAfter(Duration.ofSeconds(1)), instance.agent("carol").behavior());
        assertEquals(new AgentBehavior.Misses(), instance.agent("dan").behavior());
        assertEquals(Optional.of(instance.agent("carol")), instance.findAgent(instance.arn() + "/agent/u-carol"));
    }

    @Test
    void phoneNumbersAndQuickConnectsAreLoadedWithTheirFlows() {
        Instance instance = example().instance();
        assertEquals(Optional.of(new PhoneNumber("+18005550100", "Inbound")), instance.phoneNumber("+18005550100"));
        QuickConnect toBob = instance.quickConnect("Transfer to Bob");
        assertEquals(QuickConnectType.USER, toBob.type());
        assertEquals("bob", toBob.target());
        assertEquals("Agent Transfer", toBob.flowName());
        QuickConnect support = instance.quickConnect("Support Queue");
        assertEquals(QuickConnectType.QUEUE, support.type());
        assertEquals(List.of("BasicQueue", "SupportQueue"), support.queues());
        assertNull(support.flowName());
        assertEquals("+15550199", instance.quickConnect("External").endpoint().phoneNumber());
    }

    @Test
    void flowsAreLoadedRelativeToTheFileWithTheirTypesIdsAndArns() {
        SimulatedInstance loaded = example();
        FlowLibrary.Entry inbound = loaded.flows().named("Inbound");
        assertEquals(FlowType.CONTACT_FLOW, inbound.type());
        assertEquals(Instance.nameBasedId("contact-flow", "Inbound"), inbound.id());
        assertEquals(loaded.instance().arn() + "/contact-flow/" + inbound.id(), inbound.arn());
        assertEquals(dir.resolve("inbound.json").toString(), inbound.flow().source());

        FlowLibrary.Entry transfer = loaded.flows().named("Agent Transfer");
        assertEquals(FlowType.AGENT_TRANSFER, transfer.type(), "the type the file gives");
        assertEquals(Optional.of(transfer),
                loaded.flows().find("arn:aws:connect:eu-west-2:1:instance/x/contact-flow/flow-at"));
    }

    @Test
    void lambdaFunctionsAreBoundWithTheirRepliesAndSettings() {
        SimulatedInstance loaded = example();
        BoundFunction telephony = found(loaded, "%%INVOKE_TELEPHONY_FUNCTION_ARN%%");
        assertEquals(TELEPHONY, telephony.boundAs());
        assertEquals(FunctionConfig.defaults().withTimeout(Duration.ofSeconds(5)).withColdStart(Duration.ofMillis(150)),
                telephony.config());
        LambdaReply.Returned reply =
                assertInstanceOf(LambdaReply.Returned.class, telephony.handler().handle(null, null));
        assertEquals(Duration.ofMillis(300), reply.runsFor());
        assertEquals(Map.of("voiceCallId", "0LQ000000000001", "attempts", 1, "ok", true), reply.body());

        LambdaReply.Failed failed = assertInstanceOf(LambdaReply.Failed.class,
                found(loaded, "arn:aws:lambda:us-east-1:123456789012:function:Failing").handler().handle(null, null));
        assertEquals(new LambdaReply.Failed(Duration.ofSeconds(2), "Error", "Error creating VoiceCall record"), failed);

        BoundFunction coded = found(loaded, "arn:aws:lambda:us-east-1:123456789012:function:Coded:active");
        assertInstanceOf(FixedVoiceCall.class, coded.handler());
        assertEquals(FunctionConfig.defaults().withIdleExpiry(Duration.ofMinutes(5)).withReservedConcurrency(2),
                coded.config());
    }

    @Test
    void anOverrideReplacesAQueuesHoursAndAddsAnAgent() {
        example();
        Path override = FlowFiles.writeText(dir.resolve("scenario/always-open.yaml"), """
                queues:
                  BasicQueue: {hours: Basic Hours}
                agents:
                  erin: {routingProfile: Basic Routing Profile, behavior: accepts after 1s}
                """);
        Instance instance = InstanceFile.load(dir.resolve("instance.yaml"), List.of(override)).instance();

        Queue basic = instance.queue("BasicQueue");
        assertEquals("Basic Hours", basic.hoursOfOperation());
        assertEquals(OptionalInt.of(10), basic.maxContacts(), "the keys the override does not name stay");
        assertEquals(List.of("alice", "bob", "carol", "dan", "erin"),
                instance.agents().stream().map(AgentProfile::username).toList());
        assertEquals(new AgentBehavior.AcceptsAfter(Duration.ofSeconds(1)), instance.agent("erin").behavior());
    }

    @Test
    void overridesApplyInOrderAndAListIsReplacedWhole() {
        example();
        Path first = FlowFiles.writeText(dir.resolve("first.yaml"),
                "routingProfiles: {Basic Routing Profile: [SupportQueue]}\n");
        Path second = FlowFiles.writeText(dir.resolve("second.yaml"),
                "routingProfiles: {Basic Routing Profile: [Imported, BasicQueue]}\n");
        Instance instance = InstanceFile.load(dir.resolve("instance.yaml"), List.of(first, second)).instance();
        assertEquals(List.of("Imported", "BasicQueue"), instance.routingProfile("Basic Routing Profile").queueNames());
    }

    @Test
    void aFlowAnOverrideNamesIsRelativeToTheOverridesFolder() {
        example();
        FlowFiles.write(dir, "scenario/flows/test-inbound.json", "contactFlow");
        Path override = FlowFiles.writeText(dir.resolve("scenario/override.yaml"), """
                flows:
                  Inbound: {file: flows/test-inbound.json}
                """);
        SimulatedInstance loaded = InstanceFile.load(dir.resolve("instance.yaml"), List.of(override));
        assertEquals(dir.resolve("scenario/flows/test-inbound.json").toString(),
                loaded.flows().named("Inbound").flow().source());
        assertEquals(FlowType.CONTACT_FLOW, loaded.flows().named("Inbound").type());
    }

    @Test
    void theSameFileLoadsToTheSameIdsAndArnsEveryTime() {
        Instance first = example().instance();
        Instance second = example().instance();
        assertEquals(first.queues(), second.queues());
        assertEquals(first.agents(), second.agents());
        assertEquals(first.quickConnects(), second.quickConnects());
    }

    private static BoundFunction found(SimulatedInstance loaded, String arn) {
        Resolution resolution = loaded.lambdas().resolve(arn);
        return assertInstanceOf(Resolution.Found.class, resolution, resolution.toString()).function();
    }
}
