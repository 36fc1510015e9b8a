package dev.connectsim.harness.arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonObjectArgumentTest {

    @Test
    void anObjectKeepsItsNestedValuesAndTheOrderOfItsKeys() {
        Map<String, Object> body = JsonObjectArgument.parse("""
                {"name": "Grace", "visits": 3, "vip": true, "account": {"tier": "gold"}, "calls": [1, 2]}
                """);

        assertEquals(List.of("name", "visits", "vip", "account", "calls"), List.copyOf(body.keySet()));
        assertEquals(Map.of("tier", "gold"), body.get("account"));
        assertEquals(3, body.get("visits"));
        assertEquals(true, body.get("vip"));
        assertEquals(List.of(1, 2), body.get("calls"));
    }

    @Test
    void brokenJsonSaysTheLineAndColumnOfTheDocString() {
        String message = message("""
                {"name": "Grace",
                 "tier": gold}
                """);

        assertEquals("the doc string is not a JSON object at line 2, column 14 of the doc string: Unrecognized token"
                + " 'gold': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false');"
                + " expected an object in braces, such as {\"name\": \"Grace\"}", message);
    }

    @Test
    void aListOrAStringIsNotAnObject() {
        assertEquals("the doc string is not a JSON object: it starts with '[\"Grace\"]'; expected an object in braces,"
                + " such as {\"name\": \"Grace\"}", message("[\"Grace\"]"));
        assertEquals("the doc string is not a JSON object: it starts with 'name: Grace'; expected an object in"
                + " braces, such as {\"name\": \"Grace\"}", message("name: Grace"));
    }

    @Test
    void textAfterTheObjectIsRefused() {
        assertEquals(1, message("{\"name\": \"Grace\"} {\"name\": \"Ada\"}").lines().count());
    }

    private static String message(String docString) {
        return assertThrows(MalformedArgument.class, () -> JsonObjectArgument.parse(docString)).getMessage();
    }
}
