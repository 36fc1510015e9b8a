package dev.connectsim.flow.action;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One condition of a {@code Conditions} entry. The operator is kept as written, so a file with an operator the
 * language does not have still loads and validation can name it; {@link #operator()} gives the known one.
 *
 * @param operatorName the {@code Operator} as written, such as {@code "Equals"}
 * @param operands     the {@code Operands}, as text (Connect's operators take exactly one)
 */
public record Condition(String operatorName, List<String> operands) {

    public Condition {
        Objects.requireNonNull(operatorName, "operatorName");
        operands = List.copyOf(operands);
    }

    /** A condition with a known operator and one operand. */
    public static Condition of(Operator operator, String operand) {
        return new Condition(operator.connectName(), List.of(operand));
    }

    /** The operator, or empty when the file names one the flow language does not have. */
    public Optional<Operator> operator() {
        return Operator.named(operatorName);
    }

    @Override
    public String toString() {
        return operatorName + " " + operands;
    }
}
