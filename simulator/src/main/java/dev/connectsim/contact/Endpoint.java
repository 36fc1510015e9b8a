package dev.connectsim.contact;

import java.util.Objects;

/**
 * A Streams endpoint: what a connection talks to, or what a quick connect dials.
 *
 * @param endpointArn the ARN for quick connects, null for a bare phone number
 * @param type        phone number, agent or queue
 * @param name        the display name (the quick connect's name, or the number)
 * @param phoneNumber the E.164 number for phone endpoints, else null
 */
public record Endpoint(String endpointArn, EndpointType type, String name, String phoneNumber) {

    public Endpoint {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }

    /** Streams' {@code Endpoint.byPhoneNumber(number)}. */
    public static Endpoint byPhoneNumber(String number) {
        return new Endpoint(null, EndpointType.PHONE_NUMBER, number, number);
    }

    /** The id part of the ARN (after the last '/'), as Streams' {@code endpointId}. */
    public String endpointId() {
        return endpointArn == null ? null : endpointArn.substring(endpointArn.lastIndexOf('/') + 1);
    }
}
