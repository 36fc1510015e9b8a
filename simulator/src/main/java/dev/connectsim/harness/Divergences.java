package dev.connectsim.harness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code features/simulator-only.yaml}: the scenarios only the simulator can run, each with the reason. They carry
 * the tag {@value #TAG}; a sandbox run skips them with that reason.
 */
public final class Divergences {

    public static final String TAG = "@simulator-only";
    public static final String FILE = "simulator-only.yaml";

    /** One listed scenario: its feature file (relative to features/), its name as written, and why. */
    public record Entry(String feature, String scenario, String reason) {

        /** Whether a scenario run under {@code name} is this one; an outline's {@code <x>} matches any value. */
        boolean matches(String featurePath, String name) {
            String[] parts = scenario.split("<[^>]+>", -1);
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                regex.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
            }
            return featurePath.endsWith(feature) && name.matches(regex.toString());
        }
    }

    private final List<Entry> entries;

    private Divergences(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The list in {@code features}/simulator-only.yaml; fails with one line naming the file and the entry. */
    public static Divergences in(Path features) {
        Path file = features.resolve(FILE);
        if (!Files.exists(file)) {
            return new Divergences(List.of());
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": line " + e.getLocation().getLineNr() + ": not YAML: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Entry> entries = new ArrayList<>();
        if (root != null && !root.isArray()) {
            throw new IllegalArgumentException(file + ": expected a list of {feature, scenario, reason}");
        }
        for (int i = 0; root != null && i < root.size(); i++) {
            JsonNode node = root.get(i);
            for (String key : List.of("feature", "scenario", "reason")) {
                if (!node.path(key).isTextual() || node.path(key).asText().isBlank()) {
                    throw new IllegalArgumentException(file + ": entry " + (i + 1) + ": expected '" + key
                            + "' (text), found " + (node.has(key) ? node.get(key).getNodeType() : "nothing"));
                }
            }
            entries.add(new Entry(node.get("feature").asText(), node.get("scenario").asText(),
                    node.get("reason").asText()));
        }
        return new Divergences(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The reason a scenario of {@code feature} named {@code name} runs only on the simulator, if listed. */
    public Optional<String> reason(URI feature, String name) {
        String path = feature.getPath() == null ? feature.toString() : feature.getPath();
        return entries.stream().filter(entry -> entry.matches(path, name)).map(Entry::reason).findFirst();
    }
}
