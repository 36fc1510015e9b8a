package dev.connectsim.telephony;

import dev.connectsim.contact.Contact;

/** The CustomerRemaining event hook: a flow that takes over a customer the agent and third parties have left. */
@FunctionalInterface
public interface CustomerRemaining {

    /** Whether a flow took over the customer of {@code contact}; false leaves them to be disconnected. */
    boolean takesOver(Contact contact);

    /** No hook flows: a customer left alone is disconnected. */
    CustomerRemaining NONE = contact -> false;
}
