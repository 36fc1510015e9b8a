package dev.connectsim.lambda;

/** Why an invocation failed. Every kind takes the block's NoMatchingError branch; the kind is for logs and reports. */
public enum LambdaErrorKind {

    /** The function did not answer within InvocationTimeLimitSeconds. */
    TIMED_OUT,

    /** The function failed (threw, or ran past its own timeout), on the last attempt Connect made. */
    FUNCTION_ERROR,

    /** Lambda throttled the request, on the last attempt Connect made. */
    THROTTLED,

    /** The function answered, but with a response the block's validation, or the 32 KB limit, rejects. */
    INVALID_RESPONSE,

    /** No function is bound under the ARN. */
    FUNCTION_NOT_FOUND
}
