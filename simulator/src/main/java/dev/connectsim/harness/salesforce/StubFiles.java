package dev.connectsim.harness.salesforce;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.common.Errors;
import com.github.tomakehurst.wiremock.common.InvalidInputException;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.connectsim.text.NearestName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a WireMock root before WireMock loads it, so a broken stub is reported as one line naming the file and
 * the place ({@code stubs/mappings/x.json:3:17: ...}) instead of a stack trace from inside WireMock, and a stub whose
 * {@code bodyFileName} names a missing file is reported with both files instead of failing the scenario that
 * first calls it with an answer from nowhere. A root found valid is not parsed again while none of its files changes:
 * a run checks it once, then each thread's WireMock starting on it would check it again.
 */
final class StubFiles {

    /** The roots found valid, each with what its files were then ({@link #fingerprint}). */
    private static final Map<Path, String> VALID = new ConcurrentHashMap<>();

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
        String fingerprint = fingerprint(root);
        if (fingerprint.equals(VALID.get(root))) {
            return;
        }
        checkFiles(root);
        VALID.put(root, fingerprint);
    }

    /** Every file below {@code root}, with its size and time of last change. */
    private static String fingerprint(Path root) {
        try (Stream<Path> below = Files.walk(root)) {
            StringBuilder files = new StringBuilder();
            for (Path path : below.sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                files.append(path).append(' ').append(attributes.size()).append(' ')
                        .append(attributes.lastModifiedTime()).append('\n');
            }
            return files.toString();
        } catch (IOException e) {
            throw new StubsException(root + ": cannot list the stubs: " + e.getMessage());
        }
    }

    private static void checkFiles(Path root) {
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
                    checkBodyFile(root, file, "/mappings/" + i, check(file, "/mappings/" + i, stubs.get(i).toString()));
                }
            } else {
                checkBodyFile(root, file, "", check(file, "", mapping.toString()));
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

    /** The stub WireMock builds from {@code json}, the stub at {@code pointer} of {@code file}. */
    private static StubMapping check(Path file, String pointer, String json) {
        try {
            return StubMapping.buildFrom(json);
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

    /**
     * Whether the body file {@code stub} names is in {@code __files/}; a name with a Handlebars template in it,
     * which WireMock fills in per request, is left alone.
     */
    private static void checkBodyFile(Path root, Path file, String pointer, StubMapping stub) {
        String name = stub.getResponse() == null ? null : stub.getResponse().getBodyFileName();
        if (name == null || name.contains("{{")) {
            return;
        }
        Path files = root.resolve("__files");
        if (Files.isRegularFile(files.resolve(name))) {
            return;
        }
        List<String> candidates = bodyFiles(files);
        throw new StubsException(file + (pointer.isEmpty() ? "" : " at " + pointer) + ": bodyFileName '" + name
                + "' names a file that is not there: expected " + files.resolve(name)
                + NearestName.hint(candidates, name));
    }

    /** The body files below {@code files}, as a stub names them: relative, with forward slashes. */
    private static List<String> bodyFiles(Path files) {
        if (!Files.isDirectory(files)) {
            return List.of();
        }
        try (Stream<Path> below = Files.walk(files)) {
            return below.filter(Files::isRegularFile).map(path -> files.relativize(path).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new StubsException(files + ": cannot list the body files: " + e.getMessage());
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
