package dev.connectsim.routing;

import dev.connectsim.contact.Contact;

/**
 * Told when routing connects a contact to an agent (so the leg that transferred it can follow), and when an agent
 * clears one.
 */
@FunctionalInterface
public interface RoutingListener {

    void agentConnected(Contact contact);

    /** The agent of {@code contact} has cleared it: their after-contact work, if any, is over. */
    default void cleared(Contact contact) {
    }
}
