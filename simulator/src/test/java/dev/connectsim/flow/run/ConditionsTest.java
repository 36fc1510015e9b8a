package dev.connectsim.flow.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.action.Condition;
import dev.connectsim.flow.action.Operator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    private static boolean holds(String value, Operator operator, String operand) {
        return Conditions.holds(Condition.of(operator, operand), value);
    }

    @Test
    void equalsComparesTheWholeTextExactly() {
        assertTrue(holds("ContinueLooping", Operator.EQUALS, "ContinueLooping"));
        assertFalse(holds("continuelooping", Operator.EQUALS, "ContinueLooping"), "case counts");
        assertFalse(holds("2.50", Operator.EQUALS, "2.5"), "text, not numbers");
        assertTrue(holds("", Operator.EQUALS, ""));
    }

    @Test
    void textStartsWithEndsWithAndContainsLookForTheOperandInTheValue() {
        assertTrue(holds("sfdc-RTT_flag__c", Operator.TEXT_STARTS_WITH, "sfdc-"));
        assertFalse(holds("x-sfdc", Operator.TEXT_STARTS_WITH, "sfdc"));
        assertTrue(holds("queue-billing", Operator.TEXT_ENDS_WITH, "billing"));
        assertFalse(holds("billing-queue", Operator.TEXT_ENDS_WITH, "billing"));
        assertTrue(holds("my billing queue", Operator.TEXT_CONTAINS, "billing"));
        assertFalse(holds("my Billing queue", Operator.TEXT_CONTAINS, "billing"), "case counts");
    }

    @Test
    void numberGreaterThanAndGreaterOrEqualToCompareNumerically() {
        assertTrue(holds("10", Operator.NUMBER_GREATER_THAN, "9"), "numbers, not text order");
        assertFalse(holds("9", Operator.NUMBER_GREATER_THAN, "9"));
        assertTrue(holds("9", Operator.NUMBER_GREATER_OR_EQUAL_TO, "9"));
        assertTrue(holds("2.50", Operator.NUMBER_GREATER_OR_EQUAL_TO, "2.5"));
        assertFalse(holds("-1", Operator.NUMBER_GREATER_OR_EQUAL_TO, "0"));
    }

    @Test
    void numberLessThanAndLessOrEqualToCompareNumerically() {
        assertTrue(holds("9", Operator.NUMBER_LESS_THAN, "10"));
        assertFalse(holds("10", Operator.NUMBER_LESS_THAN, "10"));
        assertTrue(holds("10", Operator.NUMBER_LESS_OR_EQUAL_TO, "10"));
        assertTrue(holds("0.5", Operator.NUMBER_LESS_OR_EQUAL_TO, "1"));
        assertFalse(holds("11", Operator.NUMBER_LESS_OR_EQUAL_TO, "10"));
    }

    @Test
    void everyNumberOperatorIsFalseWhenEitherSideIsNotANumber() {
        for (Operator operator : List.of(Operator.NUMBER_GREATER_THAN, Operator.NUMBER_GREATER_OR_EQUAL_TO,
                Operator.NUMBER_LESS_THAN, Operator.NUMBER_LESS_OR_EQUAL_TO)) {
            assertFalse(holds("many", operator, "0"), operator + " with a value that is not a number");
            assertFalse(holds("", operator, "0"), operator + " with an empty value");
            assertFalse(holds("5", operator, "five"), operator + " with an operand that is not a number");
        }
        assertTrue(holds("5", Operator.NUMBER_GREATER_THAN, "0"), "the same operator holds for numbers");
    }

    @Test
    void anOperatorTheLanguageDoesNotHaveOrAConditionWithoutExactlyOneOperandNeverHolds() {
        assertFalse(Conditions.holds(new Condition("Matches", List.of("1")), "1"));
        assertFalse(Conditions.holds(new Condition("Equals", List.of()), ""));
        assertFalse(Conditions.holds(new Condition("Equals", List.of("1", "2")), "1"));
    }
}
