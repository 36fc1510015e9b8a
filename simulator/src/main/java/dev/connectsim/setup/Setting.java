package dev.connectsim.setup;

import dev.connectsim.text.NearestName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A node of the instance file with its dotted path ({@code queues.BasicQueue.hours}), read as the setting it
 * should be. Every reader fails with an {@link InstanceFileException} at the node's place that says what was
 * expected and what was found.
 */
final class Setting {

    private final YamlNode node;
    private final String path;

    private Setting(YamlNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static Setting root(YamlNode node) {
        return new Setting(node, "");
    }

    String path() {
        return path;
    }

    YamlNode node() {
        return node;
    }

    boolean isNull() {
        return node.kind() == YamlNode.Kind.NULL;
    }

    /** The settings of a map whose keys are names (queue names, agent names ...), in file order; nothing: none. */
    List<Named> entries(String expected) {
        if (isNull()) {
            return List.of();
        }
        requireKind(YamlNode.Kind.MAP, expected);
        List<Named> named = new ArrayList<>();
        node.entries().forEach((key, value) -> named.add(new Named(key, node.keyPlace(key), child(key, value))));
        return named;
    }

    /** The settings of a map whose keys are {@code allowed}; an unknown key is an error naming the nearest. */
    Fields fields(String expected, List<String> allowed) {
        if (isNull()) {
            return new Fields(this, List.of());
        }
        requireKind(YamlNode.Kind.MAP, expected);
        List<Named> named = new ArrayList<>();
        node.entries().forEach((key, value) -> {
            Setting setting = child(key, value);
            Named entry = new Named(key, node.keyPlace(key), setting);
            if (!allowed.contains(key)) {
                throw entry.keyError("unknown key '" + key + "'" + NearestName.hint(allowed, key)
                        + "; expected one of: " + String.join(", ", allowed), null);
            }
            named.add(entry);
        });
        return new Fields(this, named);
    }

    /** The items of a list; nothing: none. */
    List<Setting> items(String expected) {
        if (isNull()) {
            return List.of();
        }
        requireKind(YamlNode.Kind.LIST, expected);
        List<Setting> items = new ArrayList<>();
        for (int i = 0; i < node.items().size(); i++) {
            items.add(new Setting(node.items().get(i), path + "[" + i + "]"));
        }
        return items;
    }

    /** A scalar's text as written. */
    String text(String expected) {
        requireKind(YamlNode.Kind.SCALAR, expected);
        return node.text();
    }

    boolean bool(String expected) {
        if (node.kind() == YamlNode.Kind.SCALAR && node.toValue() instanceof Boolean value) {
            return value;
        }
        throw mismatch(expected);
    }

    /** A whole number from 0 up. */
    int count(String expected) {
        if (node.kind() == YamlNode.Kind.SCALAR && node.toValue() instanceof Integer value && value >= 0) {
            return value;
        }
        throw mismatch(expected);
    }

    InstanceFileException error(String problem) {
        return error(problem, null);
    }

    InstanceFileException error(String problem, Throwable cause) {
        Place at = node.place();
        return new InstanceFileException(at.source(), at.line(), at.column(), path, problem, cause);
    }

    InstanceFileException mismatch(String expected) {
        return error("expected " + expected + ", found " + node.describe());
    }

    private void requireKind(YamlNode.Kind kind, String expected) {
        if (node.kind() != kind) {
            throw mismatch(expected);
        }
    }

    private Setting child(String key, YamlNode value) {
        return new Setting(value, path.isEmpty() ? key : path + "." + key);
    }

    /** One entry of a map: its key, where the key was written, and its value. */
    record Named(String key, Place keyPlace, Setting value) {

        /** An error about the key itself, at the place the key was written. */
        InstanceFileException keyError(String problem, Throwable cause) {
            return new InstanceFileException(keyPlace.source(), keyPlace.line(), keyPlace.column(), value.path,
                    problem, cause);
        }
    }

    /** The settings of a map with known keys. */
    static final class Fields {
        private final Setting map;
        private final List<Named> named;

        private Fields(Setting map, List<Named> named) {
            this.map = map;
            this.named = named;
        }

        Optional<Setting> optional(String key) {
            return named.stream().filter(n -> n.key().equals(key)).map(Named::value).findFirst();
        }

        /** The setting {@code key}, which may not be missing or empty. */
        Setting required(String key, String expected) {
            Optional<Setting> setting = optional(key);
            if (setting.isEmpty()) {
                throw map.error("missing key '" + key + "' (expected " + expected + ")");
            }
            if (setting.get().isNull()) {
                throw setting.get().mismatch(expected);
            }
            return setting.get();
        }

        /** The text of {@code key}, or null when it is missing or empty. */
        String text(String key, String expected) {
            return optional(key).filter(s -> !s.isNull()).map(s -> s.text(expected)).orElse(null);
        }

        /** Which of {@code keys} the map has, in the order of {@code keys}. */
        List<String> present(List<String> keys) {
            return keys.stream().filter(k -> optional(k).isPresent()).toList();
        }
    }
}
