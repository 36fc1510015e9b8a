package dev.connectsim.contact;

/** Who is on the other end of a connection, from the contact center's point of view. */
public enum Party {
    /** The caller: the initial connection of an inbound contact. */
    CUSTOMER,
    /** The agent who handles this contact leg. */
    AGENT,
    /** Anyone the agent added: an external number, another agent or a queue. */
    THIRD_PARTY
}
