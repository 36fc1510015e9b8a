package dev.connectsim.harness.gherkin;

/**
 * A Scenario Outline that would run no example; the message is one line naming the feature file and the line,
 * such as {@code features/x.feature:12: Scenario Outline 'a call' has no Examples: table, ...}.
 */
public final class MissingExamples extends RuntimeException {

    MissingExamples(String message) {
        super(message, null, false, false);
    }
}
