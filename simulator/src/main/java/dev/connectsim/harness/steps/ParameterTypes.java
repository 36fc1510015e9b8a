package dev.connectsim.harness.steps;

import dev.connectsim.contact.ContactState;
import dev.connectsim.cti.CtiOperation;
import dev.connectsim.harness.CallRef;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.harness.arguments.CountArgument;
import dev.connectsim.harness.arguments.HttpStatusArgument;
import dev.connectsim.harness.arguments.PhoneNumberArgument;
import dev.connectsim.harness.arguments.StepDuration;
import io.cucumber.java.ParameterType;
import java.time.Duration;
import java.util.Locale;

/**
 * The words the steps take: durations, phone numbers, counts, contact states and which contact a step means. The
 * values are checked in {@code harness.arguments}; a malformed one fails its step with a message naming it.
 */
public final class ParameterTypes {

    /** "8 seconds", "300 ms", "1.5 s", "2 minutes", "1 hour", "7 days"; another number and word says why not. */
    @ParameterType(StepDuration.FORM)
    public Duration duration(String written) {
        return StepDuration.parse(written);
    }

    /** A phone number in E.164 form: +15550100; digits without the + or with separators say why not. */
    @ParameterType(PhoneNumberArgument.FORM)
    public String phone(String written) {
        return PhoneNumberArgument.parse(written);
    }

    /** A number of things, written with or without thousands separators: 2000, 2,000; from 0 to 100,000. */
    @ParameterType(CountArgument.FORM)
    public int count(String written) {
        return CountArgument.parse(written);
    }

    /** An HTTP status code, from 100 to 599: 500. */
    @ParameterType(value = HttpStatusArgument.FORM, useForSnippets = false)
    public int status(String written) {
        return HttpStatusArgument.parse(written);
    }

    /** Keys a caller presses: 0-9, * and #, such as 1 or 12345#. */
    @ParameterType("[0-9*#]+")
    public String digits(String keys) {
        return keys;
    }

    /** A Streams contact state as the CCP shows it: connected, connecting, ended ... */
    @ParameterType("incoming|pending|connecting|connected|missed|error|ended|rejected")
    public ContactState state(String name) {
        return ContactState.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** An agent action a scenario can make fail: hold, resume, dial, join, swap, hang-up. */
    @ParameterType("hold|resume|dial|join|swap|hang-up")
    public CtiOperation agentAction(String action) {
        return switch (action) {
            case "hold" -> CtiOperation.HOLD;
            case "resume" -> CtiOperation.RESUME;
            case "dial" -> CtiOperation.ADD_CONNECTION;
            case "join" -> CtiOperation.CONFERENCE;
            case "swap" -> CtiOperation.TOGGLE;
            default -> CtiOperation.DESTROY;
        };
    }

    /** How the agent transfers: cold, warm or blind. */
    @ParameterType("cold|warm|blind")
    public ScenarioWorld.TransferKind transferKind(String kind) {
        return ScenarioWorld.TransferKind.valueOf(kind.toUpperCase(Locale.ROOT));
    }

    /** Which contact: "the call" (the customer's call the scenario placed) or "the transfer leg" made from it. */
    @ParameterType("the call|the transfer leg")
    public CallRef call(String words) {
        return words.equals("the call") ? CallRef.CALL : CallRef.TRANSFER_LEG;
    }
}
