package dev.connectsim.cti;

/** The agent actions a CCP sends to the service, one per operation of Streams' CTI service. */
public enum CtiOperation {
    /** {@code contact.accept}. */
    ACCEPT,
    /** {@code contact.reject}. */
    REJECT,
    /** {@code contact.clear}. */
    CLEAR,
    /** {@code connection.hold}. */
    HOLD,
    /** {@code connection.resume}. */
    RESUME,
    /** {@code connection.destroy}, the agent's own connection included. */
    DESTROY,
    /** {@code contact.conferenceConnections}. */
    CONFERENCE,
    /** {@code contact.toggleActiveConnections}. */
    TOGGLE,
    /** {@code contact.addConnection}. */
    ADD_CONNECTION,
    /** {@code agent.setState}. */
    SET_STATE
}
