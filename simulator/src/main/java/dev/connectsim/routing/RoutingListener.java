package dev.connectsim.routing;

import dev.connectsim.contact.Contact;

/** Told when routing connects a contact to an agent, so the leg that transferred it can follow. */
@FunctionalInterface
public interface RoutingListener {
    void agentConnected(Contact contact);
}
