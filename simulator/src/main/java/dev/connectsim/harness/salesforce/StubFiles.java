package dev.connectsim.harness.salesforce;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.common.Errors;
import com.github.tomakehurst.wiremock.common.InvalidInputException;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a WireMock root before WireMock loads it, so a broken stub is reported as one line naming the file and
 * the place ({@code stubs/mappings/x.json:3:17: ...}) instead of a stack trace from inside WireMock.
 */
final class StubFiles {

    /** Parses as WireMock does: comments and single quotes allowed. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonParser.Feature.ALLOW_COMMENTS, true)
            .configure(JsonParser.Feature.ALLOW_SINGLE_QUOTES, true);

    private StubFiles() {
    }

    /** Throws {@link StubsException} for a missing root or the first mapping that is not a valid WireMock stub. */
    static void check(Path root) {
        if (!Files.isDirectory(root)) {
            throw new StubsException(root + ": no such folder (expected a WireMock root with mappings/ and __files/)");
        }
        Path mappings = root.resolve("mappings");
        if (!Files.isDirectory(mappings)) {
            return;
        }
        for (Path file : jsonFiles(mappings)) {
            JsonNode mapping = parse(file);
            if (mapping.isObject() && mapping.has("mappings")) {
                JsonNode stubs = mapping.get("mappings");
                if (!stubs.isArray()) {
                    throw new StubsException(file + ": \"mappings\" must be a list of stub mappings");
                }
                for (int i = 0; i < stubs.size(); i++) {
                    check(file, "/mappings/" + i, stubs.get(i).toString());
                }
            } else {
                check(file, "", mapping.toString());
            }
        }
    }

    private static JsonNode parse(Path file) {
        try {
            return JSON.readTree(read(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new StubsException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Whether WireMock builds a stub from {@code json}, the stub at {@code pointer} of {@code file}. */
    private static void check(Path file, String pointer, String json) {
        try {
            StubMapping.buildFrom(json);
        } catch (InvalidInputException e) {
            Errors.Error error = e.getErrors().first();
            String at = error.getSource() == null || error.getSource().getPointer() == null ? pointer
                    : pointer + error.getSource().getPointer();
            String detail = error.getDetail() == null ? error.getTitle() : error.getDetail();
            throw new StubsException(file + ": not a WireMock stub mapping" + (at.isEmpty() ? "" : " at " + at)
                    + ": " + firstLine(detail));
        } catch (RuntimeException e) {
            throw new StubsException(file + ": not a WireMock stub mapping" + (pointer.isEmpty() ? "" : " at " + pointer)
                    + ": " + firstLine(e.getMessage() == null
                            ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static List<Path> jsonFiles(Path mappings) {
        try (Stream<Path> files = Files.walk(mappings)) {
            return files.filter(path -> path.toString().endsWith(".json") && Files.isRegularFile(path)).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new StubsException(mappings + ": cannot list the stub mappings: " + e.getMessage());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StubsException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElse(message).trim();
    }
}
