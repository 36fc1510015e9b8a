package dev.connectsim.flow.lint;

import java.util.Objects;

/**
 * One check of a flow, with its id (kebab-case, as findings and {@code validate --rules} show it), its severity
 * and a one-line description. The rules are listed, in order, by {@link Rules#all()}; each is a small class in
 * this package.
 */
public abstract class Rule {

    private final String id;
    private final Severity severity;
    private final String description;

    Rule(String id, Severity severity, String description) {
        this.id = Objects.requireNonNull(id, "id");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.description = Objects.requireNonNull(description, "description");
    }

    /** Such as {@code dangling-next-action}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** One line: what the rule checks. */
    public String description() {
        return description;
    }

    /** Reports what is wrong with {@code check.flow()} through {@code check}. */
    abstract void check(Check check);

    @Override
    public String toString() {
        return id;
    }
}
