package dev.connectsim.contact;

import java.util.Locale;

/** Streams' {@code ContactStateType}: the state of a contact as the agent's CCP shows it. */
public enum ContactState {
    INIT, INCOMING, PENDING, CONNECTING, CONNECTED, MISSED, ERROR, ENDED, REJECTED, PAUSED;

    /** The lower-case value Streams uses, such as {@code "connecting"}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Streams' active set: paused, incoming, pending, connecting, connected. */
    public boolean isActive() {
        return this == PAUSED || this == INCOMING || this == PENDING || this == CONNECTING || this == CONNECTED;
    }
}
