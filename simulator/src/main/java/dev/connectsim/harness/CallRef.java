package dev.connectsim.harness;

import dev.connectsim.contact.Contact;

/** The contacts a step can name. */
public enum CallRef {
    /** The customer's call the scenario placed. */
    CALL("the call"),
    /** The contact leg a transfer made from the call. */
    TRANSFER_LEG("the transfer leg");

    private final String words;

    CallRef(String words) {
        this.words = words;
    }

    /** The contact this names in {@code world}; fails naming what is missing. */
    public Contact in(ScenarioWorld world) {
        if (this == CALL) {
            return world.theCall();
        }
        return world.transferLeg().orElseThrow(() -> new ExpectationFailed("a transfer leg made from the call",
                "no transfer leg was made", world));
    }

    @Override
    public String toString() {
        return words;
    }
}
