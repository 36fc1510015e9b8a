package dev.connectsim.contact;

import java.util.Locale;

/** Streams' {@code ConnectionType}. Connections added to a contact are {@code OUTBOUND}. */
public enum ConnectionType {
    AGENT, INBOUND, OUTBOUND, MONITORING;

    /** The lower-case value Streams uses. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
