package dev.connectsim.flow.action;

/**
 * Starts or stops streaming the customer's audio (Kinesis Video Streams). The participants and directions stay
 * in the raw parameters.
 *
 * @param mediaStreamingState {@code MediaStreamingState}: {@code Enabled} or {@code Disabled}; or null
 * @param mediaStreamType     {@code MediaStreamType}, such as {@code Audio}; or null
 */
public record UpdateContactMediaStreamingBehavior(Envelope envelope, String mediaStreamingState,
        String mediaStreamType) implements Action {

    public static final String TYPE = "UpdateContactMediaStreamingBehavior";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateContactMediaStreamingBehavior from(Envelope envelope) {
        var p = envelope.parameters();
        return new UpdateContactMediaStreamingBehavior(envelope, Params.text(p, "MediaStreamingState"),
                Params.text(p, "MediaStreamType"));
    }
}
