package dev.connectsim.flow.run;

import java.util.Map;

/**
 * How "Store customer input" (GetParticipantInput with StoreInput) turns the keys a caller presses into
 * {@code $.StoredCustomerInput}: input ends at the DTMFConfiguration's InputTerminationSequence (else {@code #}),
 * which is not stored, or once InputValidation.CustomValidation.MaximumLength digits are in; {@code *} clears what
 * was entered before it unless DisableCancelKey is {@code True}. The keys of one press step come together, so the
 * InterdigitTimeLimitSeconds is never reached between them.
 */
final class StoredInput {

    /** What Connect stores when the caller presses nothing in time, taking the Success branch. */
    static final String TIMED_OUT = "Timeout";

    private static final String DEFAULT_TERMINATOR = "#";
    private static final char CANCEL_KEY = '*';

    private final String terminator;
    private final boolean cancelKey;
    private final int maximumLength;

    private StoredInput(String terminator, boolean cancelKey, int maximumLength) {
        this.terminator = terminator;
        this.cancelKey = cancelKey;
        this.maximumLength = maximumLength;
    }

    /** The rules a block's parameters set. */
    static StoredInput of(Map<String, Object> parameters) {
        String terminator = DEFAULT_TERMINATOR;
        boolean cancelKey = true;
        if (parameters.get("DTMFConfiguration") instanceof Map<?, ?> dtmf) {
            if (dtmf.get("InputTerminationSequence") instanceof String sequence && !sequence.isEmpty()) {
                terminator = sequence;
            }
            cancelKey = !"true".equalsIgnoreCase(String.valueOf(dtmf.get("DisableCancelKey")));
        }
        int maximumLength = Integer.MAX_VALUE;
        if (parameters.get("InputValidation") instanceof Map<?, ?> validation
                && validation.get("CustomValidation") instanceof Map<?, ?> custom) {
            maximumLength = FlowControlBlocks.wholeNumber(String.valueOf(custom.get("MaximumLength")))
                    .filter(n -> n > 0).orElse(Integer.MAX_VALUE);
        }
        return new StoredInput(terminator, cancelKey, maximumLength);
    }

    /** The input these keys enter. */
    String collect(String keys) {
        StringBuilder entered = new StringBuilder();
        for (int i = 0; i < keys.length() && entered.length() < maximumLength; i++) {
            if (keys.startsWith(terminator, i)) {
                break;
            }
            char key = keys.charAt(i);
            if (key == CANCEL_KEY && cancelKey) {
                entered.setLength(0);
            } else {
                entered.append(key);
            }
        }
        return entered.toString();
    }
}
