package dev.connectsim.contact;

/** How a contact leg began, as its contact trace record says. */
public enum InitiationMethod {
    INBOUND, OUTBOUND, TRANSFER, QUEUE_TRANSFER, CALLBACK, API, DISCONNECT, MONITOR, FLOW
}
