package dev.connectsim.agent;

import dev.connectsim.event.ContactEvent;
import dev.connectsim.event.EventLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Streams events one agent's CCP fired for one contact, in the order it fired them: what a handler subscribed
 * with {@code contact.onX(...)} would have been called with.
 *
 * <p>Design note: read from the simulation's {@link EventLog}, the per-contact names only
 * ({@code contact::<event>::<contactId>}), so each event counts once and not again as its global twin. REFRESH fires
 * on every snapshot (each second) for as long as the CCP shows the contact, so a run of REFRESH events with nothing
 * between them is one entry: the order of the events that mean something stays readable, and each of them is
 * followed by a REFRESH.
 */
public final class CcpEvents {

    private CcpEvents() {
    }

    /** The events {@code agent}'s CCP fired for {@code contactId}, in order, a run of REFRESH events as one. */
    public static List<ContactEvent> forContact(EventLog log, String agent, String contactId) {
        String suffix = "::" + contactId;
        List<ContactEvent> events = new ArrayList<>();
        for (EventLog.Entry entry : log.entries()) {
            if (!entry.source().equals(agent) || !entry.name().startsWith("contact::")
                    || !entry.name().endsWith(suffix)) {
                continue;
            }
            String value = entry.name().substring("contact::".length(), entry.name().length() - suffix.length());
            ContactEvent event = ContactEvent.valueOf(value.toUpperCase(Locale.ROOT));
            if (event == ContactEvent.REFRESH && !events.isEmpty() && events.get(events.size() - 1) == event) {
                continue;
            }
            events.add(event);
        }
        return List.copyOf(events);
    }
}
