package dev.connectsim.lambda;

/** The block's InvocationType: whether the flow waits for the function. */
public enum InvocationType {

    /** The flow waits for the answer, at most InvocationTimeLimitSeconds (1 to 8). */
    SYNCHRONOUS(8),

    /**
     * The flow moves on at once; the function runs on, and its result can be loaded later by
     * invocation id. Its time limit goes up to 60 s (documented only in translated pages).
     */
    ASYNCHRONOUS(60);

    private final int maxTimeLimitSeconds;

    InvocationType(int maxTimeLimitSeconds) {
        this.maxTimeLimitSeconds = maxTimeLimitSeconds;
    }

    /** The largest InvocationTimeLimitSeconds allowed; the smallest is 1. */
    public int maxTimeLimitSeconds() {
        return maxTimeLimitSeconds;
    }
}
