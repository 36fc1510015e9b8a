package dev.connectsim.flow.run;

import dev.connectsim.flow.FlowLibrary;
import java.util.Objects;

/**
 * What one block did, as a value: where the flow goes next is decided from it and the block's Transitions.
 * A handler returns one of these; it never throws to steer the flow.
 */
public sealed interface BlockOutcome {

    /** Follow {@code NextAction}. */
    record Next() implements BlockOutcome {

        /** The one Next every block gives: it holds nothing, so there is no need for more. */
        static final Next INSTANCE = new Next();
    }

    /**
     * The block produced {@code value} (a Loop's ContinueLooping, a Compare's value, a digit): the first
     * condition it satisfies wins, else {@code NoMatchingCondition}; with no conditions, {@code NextAction}.
     */
    record Branch(String value) implements BlockOutcome {

        public Branch {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The block failed with {@code errorType}: that error branch, else {@code NoMatchingError}. */
    record Error(String errorType, String reason) implements BlockOutcome {

        public Error {
            Objects.requireNonNull(errorType, "errorType");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The block goes on later (a Lambda, a prompt, caller input); its outcome comes through the run. */
    record Wait(String what) implements BlockOutcome {

        public Wait {
            Objects.requireNonNull(what, "what");
        }
    }

    /** The flow continues at the start of another flow (TransferToFlow). */
    record Jump(FlowLibrary.Entry flow) implements BlockOutcome {

        public Jump {
            Objects.requireNonNull(flow, "flow");
        }
    }

    /** The flow is over for this contact. */
    record End(EndReason reason, String detail) implements BlockOutcome {

        public End {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** The error type Connect raises when no specific error branch applies. */
    String NO_MATCHING_ERROR = "NoMatchingError";

    /** The error type Connect raises when a result satisfies none of the conditions. */
    String NO_MATCHING_CONDITION = "NoMatchingCondition";

    static BlockOutcome next() {
        return Next.INSTANCE;
    }

    static BlockOutcome branch(String value) {
        return new Branch(value);
    }

    static BlockOutcome error(String errorType, String reason) {
        return new Error(errorType, reason);
    }

    static BlockOutcome noMatchingError(String reason) {
        return new Error(NO_MATCHING_ERROR, reason);
    }

    static BlockOutcome end(EndReason reason, String detail) {
        return new End(reason, detail);
    }
}
