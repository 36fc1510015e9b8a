package dev.connectsim.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventNamesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "INIT, contact::init",
        "REFRESH, contact::refresh",
        "DESTROYED, contact::destroyed",
        "INCOMING, contact::incoming",
        "PENDING, contact::pending",
        "CONNECTING, contact::connecting",
        "CONNECTED, contact::connected",
        "MISSED, contact::missed",
        "ACW, contact::acw",
        "VIEW, contact::view",
        "ENDED, contact::ended",
        "ERROR, contact::error",
        "ACCEPTED, contact::accepted"
    })
    void eachContactEventHasStreamsGlobalName(ContactEvent event, String name) {
        assertEquals(name, event.globalName());
        assertEquals(name.substring("contact::".length()), event.value());
    }

    @Test
    void theSimulatorSendsTheThirteenContactEventsStreamsNames() {
        assertEquals(List.of("contact::init", "contact::refresh", "contact::destroyed", "contact::incoming",
                "contact::pending", "contact::connecting", "contact::connected", "contact::missed", "contact::acw",
                "contact::view", "contact::ended", "contact::error", "contact::accepted"),
                Arrays.stream(ContactEvent.values()).map(ContactEvent::globalName).toList());
    }

    @Test
    void thePerContactNameAddsTheContactIdAfterTheGlobalName() {
        assertEquals("contact::refresh::c-17", ContactEvent.REFRESH.nameFor("c-17"));
        assertEquals("contact::ended::7f3e9a2b-0000-4000-8000-000000000001",
                ContactEvent.ENDED.nameFor("7f3e9a2b-0000-4000-8000-000000000001"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "INIT, agent::init",
        "UPDATE, agent::update",
        "REFRESH, agent::refresh",
        "ROUTABLE, agent::routable",
        "NOT_ROUTABLE, agent::not_routable",
        "OFFLINE, agent::offline",
        "ERROR, agent::error",
        "STATE_CHANGE, agent::state_change",
        "ACW, agent::acw",
        "ENQUEUED_NEXT_STATE, agent::enqueued_next_state",
        "CLEARED_NEXT_STATE, agent::cleared_next_state"
    })
    void eachAgentEventHasStreamsName(AgentEvent event, String name) {
        assertEquals(name, event.eventName());
    }

    @Test
    void theSimulatorSendsTheElevenAgentEventsTheEmulatorNeeds() {
        assertEquals(List.of("agent::init", "agent::update", "agent::refresh", "agent::routable",
                "agent::not_routable", "agent::offline", "agent::error", "agent::state_change", "agent::acw",
                "agent::enqueued_next_state", "agent::cleared_next_state"),
                Arrays.stream(AgentEvent.values()).map(AgentEvent::eventName).toList());
    }
}
