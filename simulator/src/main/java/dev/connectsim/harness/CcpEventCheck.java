package dev.connectsim.harness;

import dev.connectsim.agent.CcpEvents;
import dev.connectsim.event.ContactEvent;
import dev.connectsim.text.NearestName;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A scenario's expectation on the Streams events an agent's CCP fired for a contact, in order ({@link CcpEvents}: a
 * run of REFRESH events is one entry).
 */
public final class CcpEventCheck {

    private CcpEventCheck() {
    }

    /** The event a step names: a {@link ContactEvent} value, in any case ({@code acw}, {@code ENDED}). */
    public static ContactEvent event(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<String> names = Arrays.stream(ContactEvent.values()).map(ContactEvent::value).toList();
        if (!names.contains(wanted)) {
            throw new IllegalArgumentException("'" + name + "' is not a Streams contact event"
                    + NearestName.hint(names, wanted) + "; expected one of: " + String.join(", ", names));
        }
        return ContactEvent.valueOf(wanted.toUpperCase(Locale.ROOT));
    }

    /**
     * {@code agent}'s CCP fired exactly {@code expected} for {@code call}, in order, within {@code within} (the last
     * events may still be to come); fails showing the events it fired.
     */
    public static void expect(ScenarioWorld world, String agent, CallRef call, List<String> expected,
            Duration within) {
        List<ContactEvent> wanted = expected.stream().map(CcpEventCheck::event).toList();
        String contactId = call.in(world).contactId();
        world.sim().ccp(agent);
        world.runUntil(() -> fired(world, agent, contactId).equals(wanted), within);
        List<ContactEvent> fired = fired(world, agent, contactId);
        if (!fired.equals(wanted)) {
            throw new ExpectationFailed(agent + "'s CCP to fire " + values(wanted) + " for " + call + " within "
                    + Seconds.of(within), "it fired " + (fired.isEmpty() ? "none" : values(fired)), world);
        }
    }

    private static List<ContactEvent> fired(ScenarioWorld world, String agent, String contactId) {
        return CcpEvents.forContact(world.sim().eventLog(), agent, contactId);
    }

    private static String values(List<ContactEvent> events) {
        return String.join(", ", events.stream().map(ContactEvent::value).toList());
    }
}
