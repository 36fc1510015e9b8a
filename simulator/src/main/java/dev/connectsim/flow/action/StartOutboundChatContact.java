package dev.connectsim.flow.action;

/**
 * Starts an outbound SMS chat contact to a customer, running a flow of its own.
 *
 * @param sourceType         {@code SourceEndpoint.Type} (only CONNECT_PHONENUMBER_ARN is supported), or null
 * @param destinationAddress {@code DestinationEndpoint.Address}, an E.164 number (may be a reference), or null
 * @param destinationType    {@code DestinationEndpoint.Type} (only TELEPHONE_NUMBER is supported), or null
 * @param contactFlowArn     {@code ContactFlowArn}, the flow the new chat runs, or null
 * @param contactSubtype     {@code ContactSubtype} (only connect:SMS is supported), or null
 */
public record StartOutboundChatContact(Envelope envelope, String sourceType, String destinationAddress,
        String destinationType, String contactFlowArn, String contactSubtype) implements Action {

    public static final String TYPE = "StartOutboundChatContact";

    @Override
    public String type() {
        return TYPE;
    }

    static StartOutboundChatContact from(Envelope envelope) {
        var p = envelope.parameters();
        return new StartOutboundChatContact(envelope, Params.text(p, "SourceEndpoint", "Type"),
                Params.text(p, "DestinationEndpoint", "Address"), Params.text(p, "DestinationEndpoint", "Type"),
                Params.text(p, "ContactFlowArn"), Params.text(p, "ContactSubtype"));
    }
}
