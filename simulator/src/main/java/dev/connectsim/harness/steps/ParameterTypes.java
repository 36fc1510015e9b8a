package dev.connectsim.harness.steps;

import dev.connectsim.contact.ContactState;
import dev.connectsim.cti.CtiOperation;
import dev.connectsim.harness.CallRef;
import dev.connectsim.harness.ScenarioWorld;
import io.cucumber.java.ParameterType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/** The words the steps take: durations, phone numbers, contact states and which contact a step means. */
public final class ParameterTypes {

    /** "8 seconds", "300 ms", "1.5 s", "2 minutes". */
    @ParameterType("(\\d+(?:\\.\\d+)?) ?(ms|milliseconds?|s|seconds?|minutes?)")
    public Duration duration(String amount, String unit) {
        long millisPerUnit = switch (unit) {
            case "ms", "millisecond", "milliseconds" -> 1;
            case "s", "second", "seconds" -> 1000;
            default -> 60_000;
        };
        BigDecimal millis = new BigDecimal(amount).multiply(BigDecimal.valueOf(millisPerUnit));
        return Duration.ofMillis(millis.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }

    /** A phone number in E.164 form: +15550100. */
    @ParameterType("\\+\\d{7,15}")
    public String phone(String number) {
        return number;
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
