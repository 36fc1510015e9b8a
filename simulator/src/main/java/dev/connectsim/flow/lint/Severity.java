package dev.connectsim.flow.lint;

import java.util.Locale;

/** How bad a finding is: an ERROR fails {@code validate} (exit 1); a WARNING is reported and passes. */
public enum Severity {
    /** Amazon Connect would reject the flow, or a caller would be stranded. */
    ERROR,
    /** The flow is accepted, but something is likely wrong. */
    WARNING;

    /** {@code "error"} or {@code "warning"}, as the command prints it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
