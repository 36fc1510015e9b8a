package dev.connectsim.cti;

/** The outcome of one agent action on the service: done, or failed with a Streams error. */
public sealed interface CtiResult {

    CtiResult OK = new Ok();

    /** The action took effect. */
    record Ok() implements CtiResult {}

    /** The action was refused; nothing changed. */
    record Failed(CtiError error) implements CtiResult {}

    static CtiResult ok() {
        return OK;
    }

    static CtiResult failed(CtiErrorType type, String message) {
        return new Failed(new CtiError(type, message));
    }

    static CtiResult invalidState(String message) {
        return failed(CtiErrorType.INVALID_STATE, message);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }
}
