package dev.connectsim.streams;

import java.time.Instant;

/** One line the page wrote with {@code console.log} (or info, warn, error, debug), at its virtual instant. */
public record PageLog(Instant at, String level, String text) {
}
