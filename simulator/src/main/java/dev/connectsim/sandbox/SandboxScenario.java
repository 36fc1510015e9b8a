package dev.connectsim.sandbox;

import dev.connectsim.contact.ContactState;
import dev.connectsim.harness.CallRef;
import dev.connectsim.harness.Capability;
import dev.connectsim.harness.ContactCenter;
import dev.connectsim.harness.ContactRecordFields;
import dev.connectsim.harness.ExpectationFailed;
import dev.connectsim.harness.NotOnTarget;
import dev.connectsim.harness.Seconds;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.PhoneNumber;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.connect.model.AgentContactReference;
import software.amazon.awssdk.services.connect.model.Contact;

/**
 * One scenario on the sandbox: test calls placed with StartOutboundVoiceContact into the published flow of the
 * number the scenario calls, and followed with GetCurrentUserData (what an agent's CCP shows), GetContactAttributes
 * and DescribeContact. Anything else a step needs, the sandbox {@link #cannot} do, and the scenario is skipped.
 */
public final class SandboxScenario implements ContactCenter {

    private static final int CONTEXT = 8;

    private final SandboxDriver driver;
    private final Instance project;
    private final FlowPublisher publisher;
    private final Waiting waiting;
    private final int firstCall;
    private String theCall;
    private String transferLeg;

    public SandboxScenario(SandboxDriver driver, Instance project) {
        this.driver = driver;
        this.project = project;
        this.publisher = new FlowPublisher(driver);
        this.waiting = new Waiting(driver);
        this.firstCall = driver.log().size();
    }

    @Override
    public String customerCalls(String number, String from) {
        return customerCalls(number, from, Map.of());
    }

    @Override
    public String customerCalls(String number, String from, Map<String, String> attributes) {
        String flowName = project.phoneNumber(number).map(PhoneNumber::flowName).orElseThrow(() ->
                new IllegalArgumentException("no phone number " + number + " in flows/instance.yaml (numbers: "
                        + project.phoneNumbers().stream().map(PhoneNumber::number).toList() + ")"));
        String published = publisher.publishedName(flowName);
        String flowId = driver.resources().flow(published).orElseThrow(() -> new SandboxException("the sandbox has"
                + " no flow '" + published + "': publishing it failed (see the start of the run)")).id();
        SandboxConfig config = driver.config();
        String customer = setting(config.customer(), from, "calls.customer", "the phone that answers test calls");
        String callerId = setting(config.callFrom(), number, "calls.from", "a number the instance has claimed");
        theCall = driver.call(() -> driver.client().startOutboundVoiceContact(r -> r.instanceId(driver.instanceId())
                .contactFlowId(flowId).destinationPhoneNumber(customer).sourcePhoneNumber(callerId)
                .attributes(attributes))).contactId();
        return theCall;
    }

    /** A setting a real call needs; a dry run uses the scenario's own number in its place. */
    private String setting(String value, String dryRunValue, String key, String what) {
        if (value != null) {
            return value;
        }
        if (driver.dryRun()) {
            return dryRunValue;
        }
        throw new SandboxException(driver.config().file() + ": '" + key + "' is missing: " + what);
    }

    @Override
    public void customerHangsUp() {
        String call = theCall();
        driver.call(() -> driver.client().stopContact(r -> r.instanceId(driver.instanceId()).contactId(call)));
    }

    @Override
    public void timePasses(Duration duration) {
        waiting.pass(duration);
    }

    @Override
    public void expectAgentSees(String agent, CallRef call, ContactState state, Duration within) {
        String userId = userId(agent);
        String what = agent + " to see " + call + " " + state.value();
        if (!waiting.until(what, within, () -> state(userId, call).filter(s -> matches(s, state)).isPresent())) {
            throw new ExpectationFailed(what + " within " + Seconds.of(within), "GetCurrentUserData shows "
                    + state(userId, call).orElse("no such contact for " + agent), context());
        }
    }

    /** Streams shows a held call as connected; GetCurrentUserData says CONNECTED_ONHOLD. */
    private static boolean matches(String agentContactState, ContactState state) {
        return agentContactState.equals(state.name())
                || state == ContactState.CONNECTED && agentContactState.equals("CONNECTED_ONHOLD");
    }

    /** The AgentContactState {@code userId}'s contacts show for {@code call}, if they show it. */
    private Optional<String> state(String userId, CallRef call) {
        List<AgentContactReference> contacts = driver.call(() -> driver.client().getCurrentUserData(r -> r
                .instanceId(driver.instanceId()).filters(f -> f.agents(userId)))).userDataList().stream()
                .flatMap(data -> data.contacts().stream()).toList();
        Optional<String> contactId = call == CallRef.CALL ? Optional.of(theCall()) : findTransferLeg(contacts);
        return contactId.flatMap(id -> contacts.stream().filter(c -> id.equals(c.contactId())).findFirst())
                .map(AgentContactReference::agentContactStateAsString);
    }

    /** The contact among {@code contacts} whose PreviousContactId is the call: the leg a transfer made. */
    private Optional<String> findTransferLeg(List<AgentContactReference> contacts) {
        if (transferLeg == null) {
            String call = theCall();
            contacts.stream().map(AgentContactReference::contactId).filter(id -> !id.equals(call))
                    .filter(id -> call.equals(describe(id).previousContactId())).findFirst()
                    .ifPresent(id -> transferLeg = id);
        }
        return Optional.ofNullable(transferLeg);
    }

    @Override
    public void expectAttribute(CallRef call, String name, String value) {
        String contactId = contactId(call);
        String what = value == null ? call + " to have no attribute " + name
                : call + "'s attribute " + name + " to be '" + value + "'";
        Map<String, String> attributes = new LinkedHashMap<>();
        boolean holds = waiting.now(what, () -> {
            attributes.putAll(attributes(contactId));
            return value == null ? !attributes.containsKey(name) : value.equals(attributes.get(name));
        });
        if (!holds) {
            throw new ExpectationFailed(what, "GetContactAttributes gives " + attributes, context());
        }
    }

    @Override
    public void expectAttributeSet(CallRef call, String name, Duration within) {
        String contactId = contactId(call);
        String what = call + " to get the attribute " + name;
        if (!waiting.until(what, within, () -> attributes(contactId).containsKey(name))) {
            throw new ExpectationFailed(what + " within " + Seconds.of(within), "GetContactAttributes gives "
                    + attributes(contactId), context());
        }
    }

    private Map<String, String> attributes(String contactId) {
        return driver.call(() -> driver.client().getContactAttributes(r -> r.instanceId(driver.instanceId())
                .initialContactId(contactId))).attributes();
    }

    @Override
    public void expectContactRecord(CallRef call, Map<String, String> expected) {
        ContactRecordFields.requireKnown(expected);
        List<String> available = List.of(ContactRecordFields.AGENT, ContactRecordFields.INITIATION_METHOD,
                ContactRecordFields.DISCONNECT_REASON, ContactRecordFields.TAGS);
        if (!available.containsAll(expected.keySet())) {
            throw new NotOnTarget(SandboxLimits.reason(Capability.CONTACT_RECORD_DETAIL));
        }
        String contactId = contactId(call);
        Map<String, String> actual = new LinkedHashMap<>();
        String what = "the contact record of " + call + " to show " + expected;
        boolean holds = waiting.now(what, () -> {
            Contact contact = describe(contactId);
            actual.put(ContactRecordFields.AGENT, contact.agentInfo() == null ? "null"
                    : featureUser(contact.agentInfo().id()));
            actual.put(ContactRecordFields.INITIATION_METHOD, String.valueOf(contact.initiationMethodAsString()));
            actual.put(ContactRecordFields.DISCONNECT_REASON, String.valueOf(contact.disconnectReason()));
            actual.put(ContactRecordFields.TAGS, ContactRecordFields.tags(contact.tags()));
            return ContactRecordFields.differences(expected, actual).isEmpty();
        });
        if (!holds) {
            throw new ExpectationFailed(what, "DescribeContact differs: "
                    + ContactRecordFields.differences(expected, actual), context());
        }
    }

    private Contact describe(String contactId) {
        Contact contact = driver.call(() -> driver.client().describeContact(r -> r.instanceId(driver.instanceId())
                .contactId(contactId))).contact();
        return contact == null ? Contact.builder().id(contactId).build() : contact;
    }

    /** The feature's username of the sandbox user {@code id}. */
    private String featureUser(String id) {
        String username = driver.resources().username(id).orElse(id);
        return driver.config().users().entrySet().stream().filter(e -> e.getValue().equals(username))
                .map(Map.Entry::getKey).findFirst().orElse(username);
    }

    @Override
    public Optional<String> cannot(Capability capability) {
        return Optional.of(SandboxLimits.reason(capability));
    }

    private String userId(String agent) {
        String username = driver.config().sandboxUser(agent);
        return driver.resources().user(username).orElseThrow(() -> new SandboxException("the sandbox has no user '"
                + username + "' (agent " + agent + "; map it under users: in " + driver.config().file().getFileName()
                + ")")).id();
    }

    private String theCall() {
        if (theCall == null) {
            throw new IllegalStateException("no call yet: a step such as 'When a customer calls ...' places one");
        }
        return theCall;
    }

    private String contactId(CallRef call) {
        if (call == CallRef.CALL) {
            return theCall();
        }
        if (transferLeg == null) {
            throw new NotOnTarget("the transfer leg is found through the agent it reached (GetCurrentUserData);"
                    + " no step has looked for it yet");
        }
        return transferLeg;
    }

    /** The scenario's last API calls, for a failure message. */
    private String context() {
        List<ApiCall> calls = driver.log().since(firstCall);
        return "last Connect API calls:\n" + calls.subList(Math.max(0, calls.size() - CONTEXT), calls.size())
                .stream().map(c -> "    " + c).collect(Collectors.joining("\n"));
    }

    /** The scenario's API calls, one per line (the report attaches them). */
    @Override
    public String toString() {
        List<ApiCall> calls = driver.log().since(firstCall);
        return calls.isEmpty() ? "no Connect API call" : calls.stream().map(ApiCall::toString)
                .collect(Collectors.joining("\n"));
    }
}
