package dev.connectsim.flow.run;

/** Why a flow runs on a contact, which decides what its end does to the contact. */
public enum RunKind {
    /** The inbound flow of a phone number, or a transfer flow on a new leg: its end decides the contact's fate. */
    SEGMENT,
    /** A CustomerRemaining hook: the customer left alone after the agent or third party went. */
    CUSTOMER_REMAINING,
    /** A CustomerQueue hook: runs while the contact waits; stopped when an agent takes it. */
    CUSTOMER_QUEUE,
    /** A whisper or hold hook: plays to one side and ends; the call goes on whatever it does. */
    SIDE_FLOW
}
