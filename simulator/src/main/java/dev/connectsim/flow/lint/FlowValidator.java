package dev.connectsim.flow.lint;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a loaded flow against every rule of {@link Rules#all()} and returns what it found: findings about the
 * whole flow first, then by the file order of their action, then by rule id; one rule's findings on one action
 * stay in the order the rule made them.
 *
 * <pre>{@code
 * List<Finding> findings = FlowValidator.validate(FlowParser.parseFile(path));
 * }</pre>
 *
 * A file that does not load at all becomes one {@code parse} finding: {@link #parseFailure}.
 */
public final class FlowValidator {

    private FlowValidator() {
    }

    /** The findings of every rule, with no instance to check references against. */
    public static List<Finding> validate(Flow flow) {
        return validate(flow, KnownNames.NONE);
    }

    /** The findings of every rule; {@code names} says what the instance defines, for unknown-reference. */
    public static List<Finding> validate(Flow flow, KnownNames names) {
        Check check = Check.of(flow, names);
        List<Check.Located> found = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            rule.check(check.forRule(rule, found));
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Check.Located::position)
                        .thenComparing(located -> located.finding().rule()))
                .map(Check.Located::finding)
                .toList();
    }

    /** The {@code parse} finding for a file that did not load; its message is the exception's. */
    public static Finding parseFailure(FlowParseException e) {
        return Rules.PARSE.finding(e);
    }
}
