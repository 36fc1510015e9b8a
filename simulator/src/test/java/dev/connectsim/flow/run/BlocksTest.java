package dev.connectsim.flow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectsim.flow.action.Action;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlocksTest {

    @Test
    void everyActionTypeHasAHandler() {
        Set<Class<? extends Action>> handled = new Blocks().handled();

        List<String> missing = Arrays.stream(Action.class.getPermittedSubclasses())
                .filter(type -> !handled.contains(type)).map(Class::getSimpleName).sorted().toList();

        assertEquals(List.of(), missing, "action types with no handler in Blocks");
        assertEquals(Action.class.getPermittedSubclasses().length, handled.size(), "no handler for a non-action");
    }
}
