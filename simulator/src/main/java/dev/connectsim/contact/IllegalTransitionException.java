package dev.connectsim.contact;

/** A state machine was asked for a move its transition table does not allow. */
public final class IllegalTransitionException extends IllegalStateException {

    IllegalTransitionException(String message) {
        super(message);
    }
}
