package dev.connectsim.setup;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the text of one YAML file into {@link YamlNode}s with their places. Strict where YAML is lenient in ways
 * that hide mistakes: a key given twice in one map, a second document, and aliases ({@code *name}, which the
 * parser would read as plain text) are errors. Malformed YAML becomes one line with the line and column.
 */
final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /**
     * The document in {@code text}; an empty document (nothing, or only blanks and comments) is a null node at line
     * 0, which {@link InstanceFile} refuses.
     */
    static YamlNode read(String text, String source, Path folder) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                return YamlNode.nullNode(new Place(source, folder, 0, 0));
            }
            YamlNode root = node(parser, source, folder);
            if (parser.nextToken() != null) {
                Place at = place(parser, source, folder);
                throw new InstanceFileException(source, at.line(), at.column(), "",
                        "a second YAML document (after ---); an instance file holds one document", null);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw malformed(e, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static YamlNode node(JsonParser parser, String source, Path folder) throws IOException {
        Place at = place(parser, source, folder);
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new InstanceFileException(source, at.line(), at.column(), "", "YAML aliases (*" + parser.getText()
                    + ") are not supported in an instance file; write the value out", null);
        }
        return switch (token) {
            case START_OBJECT -> map(parser, source, folder, at);
            case START_ARRAY -> list(parser, source, folder, at);
            case VALUE_NULL -> YamlNode.nullNode(at);
            case VALUE_TRUE, VALUE_FALSE -> YamlNode.scalar(at, parser.getText(), token == JsonToken.VALUE_TRUE);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> YamlNode.scalar(at, parser.getText(), number(parser));
            default -> YamlNode.scalar(at, parser.getText(), parser.getText());
        };
    }

    private static YamlNode list(JsonParser parser, String source, Path folder, Place at) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(node(parser, source, folder));
        }
        return YamlNode.list(at, items);
    }

    private static YamlNode map(JsonParser parser, String source, Path folder, Place at) throws IOException {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Place> keyPlaces = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Place keyPlace = place(parser, source, folder);
            Place first = keyPlaces.get(key);
            if (first != null) {
                throw new InstanceFileException(source, keyPlace.line(), keyPlace.column(), "", "key '" + key
                        + "' is given twice in one map (first at " + first.line() + ":" + first.column() + ")",
                        null);
            }
            parser.nextToken();
            keyPlaces.put(key, keyPlace);
            entries.put(key, node(parser, source, folder));
        }
        return YamlNode.map(at, entries, keyPlaces);
    }

    private static Object number(JsonParser parser) throws IOException {
        try {
            return parser.getNumberValue();
        } catch (JsonProcessingException | NumberFormatException e) {
            return parser.getText();
        }
    }

    private static Place place(JsonParser parser, String source, Path folder) {
        JsonLocation location = parser.currentTokenLocation();
        return new Place(source, folder, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }

    private static InstanceFileException malformed(JsonProcessingException e, String source) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark problemAt = yaml.getProblemMark();
            Mark contextAt = yaml.getContextMark();
            String context = yaml.getContext() == null ? ""
                    : " (" + yaml.getContext() + (contextAt == null ? ""
                            : " at " + (contextAt.getLine() + 1) + ":" + (contextAt.getColumn() + 1)) + ")";
            return new InstanceFileException(source, problemAt.getLine() + 1, problemAt.getColumn() + 1, "",
                    "malformed YAML: " + yaml.getProblem() + context, e);
        }
        JsonLocation at = e.getLocation();
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        return new InstanceFileException(source, at == null ? 0 : Math.max(0, at.getLineNr()),
                at == null ? 0 : Math.max(0, at.getColumnNr()), "",
                "malformed YAML: " + original.lines().findFirst().orElse(original), e);
    }
}
