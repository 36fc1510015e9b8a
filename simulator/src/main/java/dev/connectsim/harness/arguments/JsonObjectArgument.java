package dev.connectsim.harness.arguments;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step's doc string read as one JSON object, its keys in the order written: what a Lambda function returns, for
 * example. What is not one JSON object is refused with the line and column of the doc string where it went wrong.
 */
public final class JsonObjectArgument {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonObjectArgument() {
    }

    /** The object {@code docString} holds: nested maps, lists, strings, numbers, booleans and nulls. */
    public static Map<String, Object> parse(String docString) {
        String text = docString.strip();
        if (!text.startsWith("{")) {
            throw new MalformedArgument("the doc string is not a JSON object: it starts with '" + firstLine(text)
                    + "'; expected an object in braces, such as {\"name\": \"Grace\"}");
        }
        try {
            return JSON.readValue(docString, JSON.getTypeFactory()
                    .constructMapType(LinkedHashMap.class, String.class, Object.class));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()
                    + " of the doc string";
            throw new MalformedArgument("the doc string is not a JSON object" + place + ": " + e.getOriginalMessage()
                    .lines().findFirst().orElse("") + "; expected an object in braces, such as {\"name\": \"Grace\"}");
        }
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
    }
}
