package dev.connectsim.routing;

import dev.connectsim.contact.EndpointType;

/** The quick connect types of the Connect API, and the Streams endpoint type each shows as. */
public enum QuickConnectType {
    USER(EndpointType.AGENT), QUEUE(EndpointType.QUEUE), PHONE_NUMBER(EndpointType.PHONE_NUMBER);

    private final EndpointType endpointType;

    QuickConnectType(EndpointType endpointType) {
        this.endpointType = endpointType;
    }

    public EndpointType endpointType() {
        return endpointType;
    }
}
