package dev.connectsim.harness.steps;

import dev.connectsim.harness.CallRef;
import dev.connectsim.harness.Capability;
import dev.connectsim.harness.ExpectationFailed;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.harness.Seconds;
import dev.connectsim.harness.Target;
import dev.connectsim.harness.salesforce.SalesforceFault;
import dev.connectsim.harness.salesforce.SalesforceFinding;
import dev.connectsim.harness.salesforce.SalesforceJournal;
import dev.connectsim.harness.salesforce.VoiceCallRecord;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How the simulated Salesforce behaves, and what it received. */
public final class SalesforceSteps {

    private final Target target;

    public SalesforceSteps(Target target) {
        this.target = target;
    }

    private ScenarioWorld world() {
        return target.simulator(Capability.SIMULATED_SALESFORCE);
    }

    @Given("Salesforce is slower than the flow's time limit for the next {count} VoiceCall creation(s)")
    public void salesforceSlowFor(int times) {
        world().salesforce().switchOn(SalesforceFault.CREATE_SLOW, times);
    }

    @Given("Salesforce is always slower than the flow's time limit")
    public void salesforceAlwaysSlow() {
        world().salesforce().switchOn(SalesforceFault.CREATE_SLOW);
    }

    @Given("Salesforce creates VoiceCalls after {duration}")
    public void salesforceAnswersAfter(Duration delay) {
        world().salesforce().createAnswersAfter(delay, Integer.MAX_VALUE);
    }

    @Given("Salesforce answers VoiceCall creation with status {status}")
    public void salesforceAnswersStatus(int status) {
        world().salesforce().switchOn(statusFault(status));
    }

    /** Before or after a fault for every creation, in the order given, whichever step comes first. */
    @Given("Salesforce answers VoiceCall creation with status {status} for the next {count} creation(s)")
    public void salesforceAnswersStatusFor(int status, int times) {
        world().salesforce().switchOn(statusFault(status), times);
    }

    private static SalesforceFault statusFault(int status) {
        return SalesforceFault.named("create-" + status).orElseThrow(() ->
                new IllegalArgumentException("no fault stub answers VoiceCall creation with status " + status
                        + " (there are: 500, 429, 401)"));
    }

    @Given("Salesforce answers VoiceCall creation with a body that is not JSON")
    public void salesforceAnswersMalformed() {
        world().salesforce().switchOn(SalesforceFault.CREATE_MALFORMED);
    }

    @Given("Salesforce resets the connection on VoiceCall creation")
    public void salesforceResets() {
        world().salesforce().switchOn(SalesforceFault.CREATE_CONNECTION_RESET);
    }

    @Then("Salesforce created {count} VoiceCall(s) for {call}")
    public void salesforceCreated(int count, CallRef call) {
        String contactId = call.in(world()).contactId();
        List<VoiceCallRecord> calls = world().journal().voiceCallsFor(contactId);
        if (calls.size() != count) {
            throw new ExpectationFailed(count + " VoiceCall record(s) for " + call + " (" + contactId + ")",
                    "Salesforce created " + calls.size() + "; it received:\n" + world().journal().describe().indent(4),
                    world());
        }
    }

    @Then("Salesforce received {count} VoiceCall create request(s) for {call}")
    public void salesforceReceived(int count, CallRef call) {
        String contactId = call.in(world()).contactId();
        int received = world().journal().createRequestsFor(contactId).size();
        if (received != count) {
            throw new ExpectationFailed(count + " VoiceCall create request(s) for " + call, "Salesforce received "
                    + received + ":\n" + world().journal().describe().indent(4), world());
        }
    }

    /**
     * The fields of the last VoiceCall created for the contact. A value {@code <the call>} or {@code <the transfer
     * leg>} stands for that contact's ContactId; an empty value means the field was not sent.
     */
    @Then("the VoiceCall of {call} has:")
    public void voiceCallHas(CallRef call, Map<String, String> expected) {
        String contactId = call.in(world()).contactId();
        List<VoiceCallRecord> calls = world().journal().voiceCallsFor(contactId);
        if (calls.isEmpty()) {
            throw new ExpectationFailed("a VoiceCall for " + call, "Salesforce created none; it received:\n"
                    + world().journal().describe().indent(4), world());
        }
        Map<String, String> actual = fields(calls.get(calls.size() - 1));
        Map<String, String> wrong = new LinkedHashMap<>();
        expected.forEach((field, value) -> {
            if (!actual.containsKey(field)) {
                throw new IllegalArgumentException("a VoiceCall has no field '" + field + "' (fields: "
                        + actual.keySet() + ")");
            }
            String want = resolve(value == null ? "" : value);
            if (!want.equals(actual.get(field))) {
                wrong.put(field, "expected '" + want + "', was '" + actual.get(field) + "'");
            }
        });
        if (!wrong.isEmpty()) {
            throw new ExpectationFailed("the VoiceCall of " + call + " to have " + expected, "it differs: " + wrong,
                    world());
        }
    }

    @Then("{call} has the attribute {string} set to the id of its VoiceCall")
    public void attributeIsVoiceCallId(CallRef call, String attribute) {
        dev.connectsim.contact.Contact contact = call.in(world());
        List<VoiceCallRecord> calls = world().journal().voiceCallsFor(contact.contactId());
        String expected = calls.isEmpty() ? "(no VoiceCall)" : calls.get(calls.size() - 1).voiceCallId();
        String actual = contact.attributes().get(attribute);
        if (!expected.equals(actual)) {
            throw new ExpectationFailed(call + "'s attribute " + attribute + " to be " + expected
                    + ", the id of its last VoiceCall", "it is " + (actual == null ? "not set" : "'" + actual + "'")
                    + "; attributes: " + contact.attributes(), world());
        }
    }

    @Then("the VoiceCall of {call} was requested {duration} after {call} started")
    public void voiceCallCreatedAfter(CallRef call, Duration after, CallRef started) {
        List<VoiceCallRecord> calls = world().journal().voiceCallsFor(call.in(world()).contactId());
        java.time.Instant start = started.in(world()).record().initiationTimestamp();
        java.time.Instant expected = start.plus(after);
        if (calls.isEmpty() || !calls.get(0).createdAt().equals(expected)) {
            throw new ExpectationFailed("the VoiceCall of " + call + " requested " + Seconds.of(after)
                    + " after " + started + " started", calls.isEmpty() ? "none was created"
                            : "it was requested " + Seconds.of(java.time.Duration.between(start,
                                    calls.get(0).createdAt())) + " after", world());
        }
    }

    @Then("Salesforce reports a duplicate VoiceCall for {call}")
    public void duplicateReported(CallRef call) {
        String contactId = call.in(world()).contactId();
        SalesforceJournal journal = world().journal();
        if (journal.findings().stream().noneMatch(finding -> finding.kind()
                == SalesforceFinding.Kind.DUPLICATE_VOICE_CALL && finding.subject().equals(contactId))) {
            throw new ExpectationFailed("a duplicate VoiceCall finding for " + call, "the findings are "
                    + journal.findings(), world());
        }
    }

    @Then("Salesforce reports no finding")
    public void noFinding() {
        List<SalesforceFinding> findings = world().journal().findings();
        if (!findings.isEmpty()) {
            throw new ExpectationFailed("no Salesforce finding", "there are " + findings, world());
        }
    }

    private String resolve(String value) {
        if (value.equals("<the call>")) {
            return world().theCall().contactId();
        }
        if (value.equals("<the transfer leg>")) {
            return world().transferLeg().map(c -> c.contactId()).orElse("(no transfer leg)");
        }
        return value;
    }

    private static Map<String, String> fields(VoiceCallRecord call) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("voiceCallId", call.voiceCallId());
        fields.put("vendorCallKey", text(call.vendorCallKey()));
        fields.put("parentVoiceCallId", call.parentVoiceCallId().orElse(""));
        fields.put("initiationMethod", text(call.initiationMethod()));
        fields.put("queue", call.queue().orElse(""));
        fields.put("to", text(call.to()));
        fields.put("from", text(call.from()));
        fields.put("callAttributes", call.callAttributes().toString());
        return fields;
    }

    private static String text(String value) {
        return Optional.ofNullable(value).orElse("");
    }

}
