package dev.connectsim.flow.action;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The condition operators of the flow language. Each takes one operand. The Number operators are false when
 * either side is not a number.
 */
public enum Operator {
    EQUALS("Equals"),
    TEXT_STARTS_WITH("TextStartsWith"),
    TEXT_ENDS_WITH("TextEndsWith"),
    TEXT_CONTAINS("TextContains"),
    NUMBER_GREATER_THAN("NumberGreaterThan"),
    NUMBER_GREATER_OR_EQUAL_TO("NumberGreaterOrEqualTo"),
    NUMBER_LESS_THAN("NumberLessThan"),
    NUMBER_LESS_OR_EQUAL_TO("NumberLessOrEqualTo");

    private final String connectName;

    Operator(String connectName) {
        this.connectName = connectName;
    }

    /** The name as written in flow files, such as {@code "NumberGreaterThan"}. */
    public String connectName() {
        return connectName;
    }

    /** The operator with this exact Connect name (names are case-sensitive), if any. */
    public static Optional<Operator> named(String connectName) {
        return Optional.ofNullable(BY_NAME.get(connectName));
    }

    private static final Map<String, Operator> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Operator::connectName, operator -> operator));
}
