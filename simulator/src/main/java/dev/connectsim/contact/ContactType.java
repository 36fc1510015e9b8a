package dev.connectsim.contact;

import java.util.Locale;

/** Streams' {@code ContactType}. The simulator runs voice contacts. */
public enum ContactType {
    VOICE, QUEUE_CALLBACK, CHAT, TASK, EMAIL;

    /** The lower-case value Streams uses. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
