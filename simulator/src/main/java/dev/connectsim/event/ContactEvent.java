package dev.connectsim.event;

import java.util.Locale;

/** Streams' {@code ContactEvents}: each is {@code contact::<value>}, per contact {@code contact::<value>::<id>}. */
public enum ContactEvent {
    INIT, REFRESH, DESTROYED, INCOMING, PENDING, CONNECTING, CONNECTED, MISSED, ACW, VIEW, ENDED, ERROR, ACCEPTED;

    /** The value part, such as {@code "refresh"}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The global name, such as {@code contact::refresh}. */
    public String globalName() {
        return "contact::" + value();
    }

    /** The per-contact name Streams' {@code contact.getEventName(e)} gives: {@code contact::refresh::<id>}. */
    public String nameFor(String contactId) {
        return globalName() + "::" + contactId;
    }
}
