package dev.connectsim.agent;

/** Streams' StateError: the contact is no longer in the agent's snapshot. */
public final class ContactGoneException extends IllegalStateException {

    ContactGoneException(String contactId) {
        super("contact " + contactId + " is no longer in the agent's snapshot (it was cleared or destroyed); "
                + "use toSnapshot() to keep a copy");
    }
}
