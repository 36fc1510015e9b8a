package dev.connectsim.event;

import java.time.Instant;

/**
 * One event as a handler receives it: Streams' {@code f(data, name, bus)}, with the virtual instant
 * it fired at.
 */
public record BusEvent(String name, Object data, Instant at) {
}
