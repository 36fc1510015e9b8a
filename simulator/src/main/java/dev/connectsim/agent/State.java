package dev.connectsim.agent;

import java.time.Instant;

/** Streams' state object {@code {type, timestamp}}: the state and when it began, in virtual time. */
public record State<T>(T type, Instant timestamp) {
}
