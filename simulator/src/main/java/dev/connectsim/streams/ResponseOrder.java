package dev.connectsim.streams;

/**
 * Which reaches a page first when an action takes effect: the action's {@code api_response} or the agent snapshot
 * showing its effect. Both arrive at the same virtual instant; in a browser it is a race (the CCP's long poll against
 * the API call's answer) that REFRESH-driven code can be sensitive to.
 */
public enum ResponseOrder {
    /** The callback runs first, then the snapshot fires REFRESH (the usual order, and the default). */
    RESPONSE_FIRST,
    /** The snapshot fires REFRESH first, then the callback runs. */
    SNAPSHOT_FIRST
}
