package dev.connectsim.flow.action;

/**
 * Turns a Lambda processor of chat messages on or off (Flow Language reference, UpdateContactMediaProcessing).
 *
 * @param processingEnabled  {@code ChatProcessor.ProcessingEnabled} as written ({@code True} or {@code False}), or
 *                           null
 * @param lambdaProcessorArn {@code ChatProcessor.LambdaProcessorARN}, or null
 */
public record UpdateContactMediaProcessing(Envelope envelope, String processingEnabled, String lambdaProcessorArn)
        implements Action {

    public static final String TYPE = "UpdateContactMediaProcessing";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdateContactMediaProcessing from(Envelope envelope) {
        var p = envelope.parameters();
        return new UpdateContactMediaProcessing(envelope, Params.text(p, "ChatProcessor", "ProcessingEnabled"),
                Params.text(p, "ChatProcessor", "LambdaProcessorARN"));
    }
}
