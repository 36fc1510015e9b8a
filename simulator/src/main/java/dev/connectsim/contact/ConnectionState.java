package dev.connectsim.contact;

import java.util.Locale;

/** Streams' {@code ConnectionStateType}. Hold is a connection state here (the API calls it CONNECTED_ONHOLD). */
public enum ConnectionState {
    INIT, CONNECTING, CONNECTED, HOLD, DISCONNECTED, SILENT_MONITOR, BARGE;

    /** The lower-case value Streams uses, such as {@code "hold"}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Streams' active set: connecting, connected, hold, silent_monitor, barge. */
    public boolean isActive() {
        return this == CONNECTING || this == CONNECTED || this == HOLD || this == SILENT_MONITOR || this == BARGE;
    }

    /** Streams' connected set: connected, silent_monitor, barge. */
    public boolean isConnected() {
        return this == CONNECTED || this == SILENT_MONITOR || this == BARGE;
    }
}
