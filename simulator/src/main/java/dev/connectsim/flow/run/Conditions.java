package dev.connectsim.flow.run;

import dev.connectsim.flow.action.Condition;
import dev.connectsim.flow.action.Operator;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Evaluates one condition against a block's result. Text operators compare exactly (case counts); Number
 * operators are false when either side is not a number.
 */
final class Conditions {

    private Conditions() {
    }

    /** Whether {@code value} satisfies {@code condition}; an unknown operator or a missing operand never does. */
    static boolean holds(Condition condition, String value) {
        Optional<Operator> operator = condition.operator();
        if (operator.isEmpty() || condition.operands().size() != 1) {
            return false;
        }
        String operand = condition.operands().get(0);
        switch (operator.get()) {
            case EQUALS:
                return value.equals(operand);
            case TEXT_STARTS_WITH:
                return value.startsWith(operand);
            case TEXT_ENDS_WITH:
                return value.endsWith(operand);
            case TEXT_CONTAINS:
                return value.contains(operand);
            default:
                return compareNumbers(operator.get(), value, operand);
        }
    }

    private static boolean compareNumbers(Operator operator, String value, String operand) {
        Optional<BigDecimal> left = number(value);
        Optional<BigDecimal> right = number(operand);
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        int order = left.get().compareTo(right.get());
        switch (operator) {
            case NUMBER_GREATER_THAN:
                return order > 0;
            case NUMBER_GREATER_OR_EQUAL_TO:
                return order >= 0;
            case NUMBER_LESS_THAN:
                return order < 0;
            case NUMBER_LESS_OR_EQUAL_TO:
                return order <= 0;
            default:
                throw new IllegalArgumentException("not a number operator: " + operator);
        }
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
