package dev.connectsim.flow;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON text into a tree, strictly: a key given twice in one object is an error, and so is anything after
 * the value. Jackson's errors become one-line problems with a line and column.
 */
final class JsonText {

    /** How deep objects and arrays may nest: Jackson's default limit, which the reader keeps. */
    private static final int MAX_DEPTH = StreamReadConstraints.DEFAULT_MAX_DEPTH;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected end-of-input: expected close marker"
            + " for (Object|Array) \\(start marker at .*?line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    private static final Pattern CODE = Pattern.compile(" \\(code \\d+\\)");
    private static final Pattern CONSTRAINT_SOURCE = Pattern.compile(", from `[^`]*`");

    private JsonText() {
    }

    /**
     * The tree of {@code text}, or null when the text holds no JSON value at all (empty or only whitespace).
     *
     * @param where the place of the text in its file, prefixed to line and column ("" for a whole file,
     *              "/ContactFlow/Content" for a wrapper's content)
     */
    static JsonNode read(String text, String source, String where) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node == null || node.isMissingNode() ? null : node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String lineColumn = at == null ? "" : at.getLineNr() + ":" + at.getColumnNr();
            if (e instanceof StreamConstraintsException && (at == null || at.getLineNr() < 1)) {
                lineColumn = TextPlaces.deeperThan(text, MAX_DEPTH).orElse(lineColumn);
            }
            String place = where.isEmpty() ? lineColumn : lineColumn.isEmpty() ? where : where + ":" + lineColumn;
            throw new FlowParseException(source, place, describe(e), e);
        }
    }

    /** Jackson's message, made short and plain. */
    static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        Matcher close = CLOSE_MARKER.matcher(original);
        if (close.find()) {
            boolean object = close.group(1).equals("Object");
            return "malformed JSON: Unexpected end-of-input (expected a closing '" + (object ? "}" : "]")
                    + "' for the " + (object ? "object" : "array") + " opened at " + close.group(2) + ":"
                    + close.group(3) + ")";
        }
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.matches()) {
            return "duplicate key '" + duplicate.group(1) + "' (a JSON object may name a key only once)";
        }
        if (e instanceof MismatchedInputException && original.startsWith("Trailing token")) {
            return "malformed JSON: more content after the end of the JSON value";
        }
        if (e instanceof StreamConstraintsException) {
            return "JSON too large or too deep: " + CONSTRAINT_SOURCE.matcher(original).replaceAll("");
        }
        String firstLine = original.lines().findFirst().orElse(original);
        return "malformed JSON: " + CODE.matcher(firstLine).replaceAll("");
    }
}
