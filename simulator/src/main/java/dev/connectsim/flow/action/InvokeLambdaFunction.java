package dev.connectsim.flow.action;

import java.util.Map;

/**
 * Invokes a Lambda function; on success its response is available as {@code $.External}.
 *
 * @param lambdaFunctionArn          {@code LambdaFunctionARN}, possibly with an alias ({@code :active}) or a
 *                                   deploy placeholder ({@code %%NAME%%})
 * @param invocationTimeLimitSeconds {@code InvocationTimeLimitSeconds} as written ({@code "8"}), or null
 * @param invocationAttributes       {@code LambdaInvocationAttributes}: the text entries, in file order (values
 *                                   may be {@code $.} references); empty when absent
 * @param invocationType             {@code InvocationType} ({@code SYNCHRONOUS} or {@code ASYNCHRONOUS}), or
 *                                   null (synchronous)
 * @param responseType               {@code ResponseValidation.ResponseType} as written ({@code STRING_MAP} or
 *                                   {@code JSON}), or null when the file sets no response validation
 */
public record InvokeLambdaFunction(Envelope envelope, String lambdaFunctionArn, String invocationTimeLimitSeconds,
        Map<String, String> invocationAttributes, String invocationType, String responseType) implements Action {

    public static final String TYPE = "InvokeLambdaFunction";

    @Override
    public String type() {
        return TYPE;
    }

    static InvokeLambdaFunction from(Envelope envelope) {
        var p = envelope.parameters();
        return new InvokeLambdaFunction(envelope, Params.text(p, "LambdaFunctionARN"),
                Params.text(p, "InvocationTimeLimitSeconds"), Params.textMap(p, "LambdaInvocationAttributes"),
                Params.text(p, "InvocationType"), Params.text(p, "ResponseValidation", "ResponseType"));
    }
}
