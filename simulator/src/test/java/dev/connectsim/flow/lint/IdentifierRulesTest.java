package dev.connectsim.flow.lint;

import static dev.connectsim.flow.lint.Lint.CLEAN_ACTIONS;
import static dev.connectsim.flow.lint.Lint.actions;
import static dev.connectsim.flow.lint.Lint.findings;
import static dev.connectsim.flow.lint.Lint.none;
import static dev.connectsim.flow.lint.Lint.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectsim.flow.Flow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** duplicate-identifier and invalid-identifier. */
class IdentifierRulesTest {

    private static Flow startingWith(String identifier) {
        return Lint.flow(identifier, "{'Identifier': '" + identifier + "', 'Type': 'DisconnectParticipant',"
                + " 'Transitions': {}}");
    }

    @Test
    void aRepeatedIdentifierIsAnErrorOnTheRepeatNamingWhereTheFirstIs() {
        Flow flow = actions(CLEAN_ACTIONS + ", {'Identifier': 'bye', 'Type': 'EndFlowExecution', 'Transitions': {}}");

        Finding finding = only("duplicate-identifier", flow);

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("bye", finding.action());
        assertEquals("/Actions/2/Identifier", finding.pointer());
        assertEquals("Identifier 'bye' is already used by the DisconnectParticipant action at /Actions/1"
                + " (Identifiers must be unique in a flow)", finding.message());
        none("duplicate-identifier", actions(CLEAN_ACTIONS));
    }

    @Test
    void anIdentifierOver50CharactersIsAnError() {
        String longest = "x".repeat(50);
        Finding finding = only("invalid-identifier", startingWith(longest + "y"));

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(longest + "y", finding.action());
        assertEquals("/Actions/0/Identifier", finding.pointer());
        assertEquals("the Identifier is 51 characters long, over the limit of 50", finding.message());
        none("invalid-identifier", startingWith(longest));
    }

    @Test
    void anIdentifierWithForbiddenCharactersIsAnErrorNamingThem() {
        Finding finding = only("invalid-identifier", startingWith("menu: main (1)"));

        assertEquals("the Identifier 'menu: main (1)' contains ':', '(' and ')', which Identifiers may not contain"
                + " (none of %:(\\/)=$,;[]{})", finding.message());
        none("invalid-identifier", startingWith("Menu - main #1 ✓"));
    }

    @Test
    void reservedNamesAndTheEmptyIdentifierAreErrors() {
        assertEquals(1, findings("invalid-identifier", startingWith("__proto__")).size());
        assertEquals(List.of("the Identifier is empty (expected 1 to 50 characters)"),
                findings("invalid-identifier", startingWith("")).stream().map(Finding::message).toList());
        none("invalid-identifier", startingWith("c3832af4-2eb3-4c80-8996-277d74bd7b40"));
    }
}
