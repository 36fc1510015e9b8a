package dev.connectsim.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What flows set on a contact: hooks keep their order, and settings changed later keep the hooks as they were. */
class ContactSettingsTest {

    @Test
    void hooksKeepTheOrderTheyWereSetInAndAHookSetAgainIsReplacedInPlace() {
        ContactSettings settings = ContactSettings.DEFAULTS
                .withEventHook("DefaultAgentUI", "agent whisper")
                .withEventHook("CustomerQueue", "hold music")
                .withEventHook("DefaultAgentUI", "agent whisper v2");

        assertEquals(List.of("DefaultAgentUI", "CustomerQueue"), List.copyOf(settings.eventHooks().keySet()));
        assertEquals("agent whisper v2", settings.eventHooks().get("DefaultAgentUI"));
        assertThrows(UnsupportedOperationException.class, () -> settings.eventHooks().put("x", "y"));
    }

    @Test
    void anotherSettingChangedKeepsTheSameHooksAndACallersMapIsCopied() {
        ContactSettings hooked = ContactSettings.DEFAULTS.withEventHook("CustomerQueue", "hold music");
        ContactSettings recorded = hooked.withRecording(List.of("AGENT", "CUSTOMER"), true, "RealTime");
        Map<String, Object> criteria = new LinkedHashMap<>(Map.of("skill", "billing"));
        ContactSettings routed = recorded.withRoutingCriteria(criteria);
        criteria.put("skill", "sales");

        assertSame(hooked.eventHooks(), recorded.eventHooks());
        assertEquals(Map.of("skill", "billing"), routed.routingCriteria());
    }
}
