package dev.connectsim.contact;

import java.util.Locale;

/** Streams' {@code EndpointType} (alias {@code AddressType}). */
public enum EndpointType {
    PHONE_NUMBER, AGENT, QUEUE;

    /** The lower-case value Streams uses, such as {@code "phone_number"}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
