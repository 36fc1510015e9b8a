package dev.connectsim.harness;

import dev.connectsim.contact.ContactState;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The contact center the steps drive: the simulator ({@link ScenarioWorld}) or a real sandbox instance. It has what
 * both can do; a step that needs more asks {@link Target#simulator(Capability)}, which skips the scenario where the
 * contact center {@link #cannot} do it. Expectations throw {@link ExpectationFailed} saying what happened instead.
 */
public interface ContactCenter {

    /** A customer calls {@code number} from {@code from}; the number's flow answers. Returns the ContactId. */
    String customerCalls(String number, String from);

    /**
     * As {@link #customerCalls(String, String)}, with the contact attributes the call starts with (on a sandbox, the
     * Attributes of StartOutboundVoiceContact).
     */
    String customerCalls(String number, String from, Map<String, String> attributes);

    /** The customer ends the call. */
    void customerHangsUp();

    /** Lets {@code duration} pass. */
    void timePasses(Duration duration);

    /** {@code agent}'s view of {@code call} reaches {@code state} within {@code within}. */
    void expectAgentSees(String agent, CallRef call, ContactState state, Duration within);

    /** {@code call}'s attribute {@code name} is {@code value}; a null value means no such attribute. */
    void expectAttribute(CallRef call, String name, String value);

    /** {@code call} gets the attribute {@code name}, with any value, within {@code within}. */
    void expectAttributeSet(CallRef call, String name, Duration within);

    /** {@code call}'s contact record shows these fields ({@link ContactRecordFields}). */
    void expectContactRecord(CallRef call, Map<String, String> expected);

    /** Why this contact center cannot give {@code capability}; empty when it can. */
    Optional<String> cannot(Capability capability);
}
