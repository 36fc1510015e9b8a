package dev.connectsim.contact;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TransitionTableTest {

    enum Light { RED, AMBER, GREEN, OFF }

    private static TransitionTable.Builder<Light> traffic() {
        return TransitionTable.of(Light.class)
                .from(Light.RED, Light.GREEN, Light.OFF)
                .from(Light.GREEN, Light.OFF, Light.AMBER)
                .from(Light.AMBER, Light.RED);
    }

    private final TransitionTable<Light> table = traffic().build();

    @Test
    void onlyTheMovesWrittenInTheTableAreAllowed() {
        assertTrue(table.allows(Light.RED, Light.GREEN));
        assertTrue(table.allows(Light.GREEN, Light.AMBER));
        assertTrue(table.allows(Light.AMBER, Light.RED));
        assertFalse(table.allows(Light.RED, Light.AMBER));
        assertFalse(table.allows(Light.AMBER, Light.GREEN));
        assertFalse(table.allows(Light.OFF, Light.RED));
    }

    @Test
    void stayingInTheSameStateIsAMoveLikeAnyOtherAndRejectedUnlessWritten() {
        assertFalse(table.allows(Light.RED, Light.RED));
        assertThrows(IllegalTransitionException.class, () -> table.check("light 1", Light.RED, Light.RED));
    }

    @Test
    void anAllowedMovePassesTheCheck() {
        assertDoesNotThrow(() -> table.check("light 1", Light.GREEN, Light.AMBER));
    }

    @Test
    void aRejectedMoveNamesTheSubjectBothStatesAndTheAllowedMovesInDeclarationOrder() {
        IllegalTransitionException error = assertThrows(IllegalTransitionException.class,
                () -> table.check("light 1", Light.GREEN, Light.RED));

        assertEquals("light 1 cannot go from GREEN to RED (allowed: AMBER, OFF)", error.getMessage());
    }

    @Test
    void aStateWithoutARowIsFinalAndTheMessageSaysSo() {
        IllegalTransitionException error = assertThrows(IllegalTransitionException.class,
                () -> table.check("light 1", Light.OFF, Light.RED));

        assertEquals("light 1 cannot go from OFF to RED (allowed: none, OFF is final)", error.getMessage());
        assertEquals(Set.of(), table.allowedFrom(Light.OFF));
    }

    @Test
    void aRowWithNoTargetsMakesTheStateFinal() {
        TransitionTable<Light> stuck = TransitionTable.of(Light.class).from(Light.RED).build();

        IllegalTransitionException error = assertThrows(IllegalTransitionException.class,
                () -> stuck.check("light 2", Light.RED, Light.GREEN));

        assertEquals("light 2 cannot go from RED to GREEN (allowed: none, RED is final)", error.getMessage());
    }

    @Test
    void aRejectedMoveCanBeCaughtAsAnIllegalStateException() {
        assertThrows(IllegalStateException.class, () -> table.check("light 1", Light.AMBER, Light.OFF));
    }

    @Test
    void theAllowedMovesOfAStateCannotBeChangedFromOutside() {
        Set<Light> moves = table.allowedFrom(Light.RED);

        assertThrows(UnsupportedOperationException.class, () -> moves.add(Light.AMBER));
        assertThrows(UnsupportedOperationException.class, () -> table.allowedFrom(Light.OFF).add(Light.RED));
        assertEquals(Set.of(Light.GREEN, Light.OFF), table.allowedFrom(Light.RED));
    }

    @Test
    void aBuiltTableDoesNotChangeWhenItsBuilderGoesOn() {
        TransitionTable.Builder<Light> builder = traffic();
        TransitionTable<Light> built = builder.build();

        builder.from(Light.OFF, Light.RED);

        assertFalse(built.allows(Light.OFF, Light.RED));
        assertEquals(Set.of(Light.GREEN, Light.OFF), built.allowedFrom(Light.RED));
    }

    @Test
    void aRowGivenTwiceIsRefusedRatherThanSilentlyReplaced() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> traffic().from(Light.RED, Light.AMBER));
        assertEquals("the row for RED is given twice", error.getMessage());
    }
}
