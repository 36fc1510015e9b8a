package dev.connectsim.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.connectsim.text.NearestName;
import dev.connectsim.time.Durations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How to reach the sandbox instance ({@code sandbox.yaml}; README, "Sandbox runs"). It never holds credentials:
 * they come from the AWS provider chain, or the named profile.
 *
 * @param file            where the settings came from, for messages
 * @param region          the instance's Region, or empty for the SDK's region chain ({@link SandboxRegion})
 * @param instance        the instance's id or alias
 * @param allowlist       the only instances connect-sim may call (ids or aliases)
 * @param profile         a named profile of ~/.aws/config, or empty for the default provider chain
 * @param endpoint        another Connect endpoint (a VPC endpoint, or a stub in tests), or empty
 * @param flowPrefix      published flows are named prefix + the flow's name in flows/instance.yaml
 * @param tags            tags every published flow carries; {@code sandbox clean} removes flows with all of them
 * @param callFrom        a number the instance has claimed: the caller id of test calls
 * @param customer        the phone that plays the customer: test calls ring it
 * @param users           usernames in the features to usernames in the sandbox (unlisted ones are the same)
 * @param poll            how often a waiting step asks the service again
 * @param throttleRetries how often a throttled call (429) is tried again
 * @param throttleBackoff the first pause before trying again; it doubles each time
 */
public record SandboxConfig(Path file, Optional<String> region, String instance, List<String> allowlist,
        Optional<String> profile, Optional<URI> endpoint, String flowPrefix, Map<String, String> tags, String callFrom,
        String customer, Map<String, String> users, Duration poll, int throttleRetries, Duration throttleBackoff) {

    public static final String FILE = "sandbox.yaml";
    public static final String EXAMPLE = "sandbox.example.yaml";
    private static final Set<String> KEYS = Set.of("region", "instance", "allowlist", "profile", "endpoint", "flows",
            "calls", "users", "wait", "throttling");

    public SandboxConfig {
        allowlist = List.copyOf(allowlist);
        tags = Map.copyOf(tags);
        users = Map.copyOf(users);
    }

    /** These settings with the instance, Region or profile given on the command line (null: keep the file's). */
    public SandboxConfig overriding(String instance, String region, String profile) {
        return new SandboxConfig(file, region == null ? this.region : Optional.of(region),
                instance == null ? this.instance : instance,
                allowlist, profile == null ? this.profile : Optional.of(profile), endpoint, flowPrefix, tags, callFrom,
                customer, users, poll, throttleRetries, throttleBackoff);
    }

    /** The sandbox username of a feature's {@code username}. */
    public String sandboxUser(String username) {
        return users.getOrDefault(username, username);
    }

    /** Reads {@code file}; a missing or wrong setting fails with one line naming the file and the key. */
    public static SandboxConfig load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new SandboxException(file + ": line " + e.getLocation().getLineNr() + ": not YAML: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (root == null || !root.isObject()) {
            throw new SandboxException(file + ": expected settings such as 'instance:' and 'allowlist:'");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new SandboxException(file + ": unknown setting '" + name + "'" + NearestName.hint(KEYS, name)
                        + "; settings: " + KEYS.stream().sorted().toList());
            }
        }
        Reader read = new Reader(file, root);
        return new SandboxConfig(file, Optional.ofNullable(read.text("region", null)), read.required("instance"),
                read.list("allowlist"), Optional.ofNullable(read.text("profile", null)),
                Optional.ofNullable(read.text("endpoint", null)).map(URI::create),
                read.text("flows.prefix", "connect-sim "), read.map("flows.tags", Map.of("managed-by", "connect-sim")),
                read.text("calls.from", null), read.text("calls.customer", null), read.map("users", Map.of()),
                read.duration("wait.poll", Duration.ofSeconds(2)), read.number("throttling.retries", 5),
                read.duration("throttling.backoff", Duration.ofMillis(500)));
    }

    /** Reads dotted keys of one settings file, failing with one line that names the file and the key. */
    private record Reader(Path file, JsonNode root) {

        JsonNode node(String key) {
            JsonNode node = root;
            for (String part : key.split("\\.")) {
                node = node.path(part);
            }
            return node;
        }

        String text(String key, String otherwise) {
            JsonNode node = node(key);
            if (node.isMissingNode() || node.isNull()) {
                return otherwise;
            }
            if (!node.isValueNode() || node.asText().isBlank()) {
                throw wrong(key, "a text", node);
            }
            return node.asText();
        }

        String required(String key) {
            String text = text(key, null);
            if (text == null) {
                throw new SandboxException(file + ": '" + key + "' is missing: name the sandbox instance (its id"
                        + " or alias)");
            }
            return text;
        }

        List<String> list(String key) {
            JsonNode node = node(key);
            if (!node.isArray() || node.isEmpty()) {
                throw new SandboxException(file + ": '" + key + "' must list the instances connect-sim may call"
                        + " (ids or aliases), found " + describe(node));
            }
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            return items;
        }

        Map<String, String> map(String key, Map<String, String> otherwise) {
            JsonNode node = node(key);
            if (node.isMissingNode() || node.isNull()) {
                return otherwise;
            }
            if (!node.isObject()) {
                throw wrong(key, "a map", node);
            }
            Map<String, String> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(entry -> map.put(entry.getKey(), entry.getValue().asText()));
            return map;
        }

        Duration duration(String key, Duration otherwise) {
            String text = text(key, null);
            if (text == null) {
                return otherwise;
            }
            try {
                return Durations.parse(text);
            } catch (IllegalArgumentException e) {
                throw new SandboxException(file + ": '" + key + "': " + e.getMessage());
            }
        }

        int number(String key, int otherwise) {
            JsonNode node = node(key);
            if (node.isMissingNode() || node.isNull()) {
                return otherwise;
            }
            if (!node.canConvertToInt() || node.asInt() < 0) {
                throw wrong(key, "a whole number, 0 or more", node);
            }
            return node.asInt();
        }

        private SandboxException wrong(String key, String expected, JsonNode found) {
            return new SandboxException(file + ": '" + key + "' must be " + expected + ", found " + describe(found));
        }

        private static String describe(JsonNode node) {
            return node.isMissingNode() ? "nothing" : node.toString();
        }
    }
}
