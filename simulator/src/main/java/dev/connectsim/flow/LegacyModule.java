package dev.connectsim.flow;

import dev.connectsim.flow.action.Condition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One legacy module being translated into a current action: its legacy parameters not yet used, the current
 * parameters built so far, what its branches mean when they differ from the defaults of
 * {@link LegacyFlowMapper}, and the gaps (what has no mapping, which makes the module unsupported).
 *
 * <p>Design note: every read marks a legacy parameter used; whatever is left unused once the module is translated
 * is a gap, so a parameter the mapping does not know is never dropped silently.
 */
final class LegacyModule {

    /** One legacy parameter; value, key, namespace and resourceName are null when absent. */
    record Param(String name, String value, String key, String namespace, String resourceName) {
    }

    final String type;
    final String target;
    final List<Param> unused;
    final Map<String, Object> parameters = new LinkedHashMap<>();
    final List<String> gaps = new ArrayList<>();
    /** Legacy branch conditions that mean an error of their own here, such as LoopPrompts' Timeout. */
    final Map<String, String> errorBranches = new LinkedHashMap<>();
    /** Legacy branch conditions that mean a condition here, such as Loop's Looping. */
    final Map<String, Condition> conditionBranches = new LinkedHashMap<>();
    /**
     * Legacy branch conditions written like Evaluate (with conditionType and conditionValue) under a name of their
     * own, such as CheckQueueStatus' CheckQueueTime, and how their condition is turned into the current one.
     */
    final Map<String, UnaryOperator<Condition>> evaluatedBranches = new LinkedHashMap<>();
    /** The {@code condition} of each branch, in file order. */
    final List<String> branchNames;

    LegacyModule(String type, String target, List<Param> params, List<String> branchNames) {
        this.type = type;
        this.target = target;
        this.unused = new ArrayList<>(params);
        this.branchNames = List.copyOf(branchNames);
    }

    /** The first parameter of this name, marked used. */
    Optional<Param> take(String name) {
        for (Param p : unused) {
            if (p.name().equals(name)) {
                unused.remove(p);
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The value of the first parameter of this name, as written (no namespace applied), marked used. */
    String value(String name) {
        return take(name).map(Param::value).orElse(null);
    }

    /** The values of all parameters of this name, marked used. */
    List<String> values(String name) {
        List<String> values = new ArrayList<>();
        unused.removeIf(p -> p.name().equals(name) && values.add(p.value()));
        return values;
    }

    /** Copies the first parameter of this name, its namespace applied, under a current name. */
    void copy(String legacyName, String currentName) {
        take(legacyName).map(this::reference).ifPresent(value -> parameters.put(currentName, value));
    }

    /** Copies the first parameter of any of these names under a current name; true when one was there. */
    boolean copyAny(String currentName, String... legacyNames) {
        for (String name : legacyNames) {
            Optional<Param> p = take(name);
            if (p.isPresent()) {
                String value = reference(p.get());
                if (value != null) {
                    parameters.put(currentName, value);
                }
                return true;
            }
        }
        return false;
    }

    void drop(String name) {
        unused.removeIf(p -> p.name().equals(name));
    }

    /** The parameters of this name as a map from their key to their value, namespaces applied. */
    Map<String, Object> keyed(String name) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Param p : List.copyOf(unused)) {
            if (p.name().equals(name)) {
                unused.remove(p);
                if (p.key() == null) {
                    gaps.add(name + " parameter without a key");
                } else {
                    String value = reference(p);
                    map.put(p.key(), value == null ? "" : value);
                }
            }
        }
        return map;
    }

    /** The current value for the first parameter of this name, by table. */
    String choose(String name, Map<String, String> table) {
        String value = value(name);
        String chosen = value == null ? null : table.get(value);
        if (chosen == null) {
            gaps.add(name + " '" + value + "' has no mapping");
            return "";
        }
        return chosen;
    }

    /** Text / SSML / PromptId from Text, TextToSpeechType and AudioPrompt. */
    void prompt() {
        String speech = value("TextToSpeechType");
        if (speech != null && !speech.equals("text") && !speech.equals("ssml")) {
            gaps.add("TextToSpeechType '" + speech + "' has no mapping");
        }
        copy("Text", "ssml".equals(speech) ? "SSML" : "Text");
        copy("AudioPrompt", "PromptId");
    }

    void requireTarget(String expected, boolean orNone) {
        if (target == null ? !orNone : !target.equals(expected)) {
            gaps.add("target " + (target == null ? "(none)" : "'" + target + "'") + " has no mapping");
        }
    }

    /** The branch {@code legacy} raises {@code errorType} here. */
    void errorBranch(String legacy, String errorType) {
        errorBranches.put(legacy, errorType);
    }

    /** The branch {@code legacy} is taken here when {@code condition} holds. */
    void conditionBranch(String legacy, Condition condition) {
        conditionBranches.put(legacy, condition);
    }

    /** The branch {@code legacy} is an Evaluate under another name, its condition changed by {@code change}. */
    void evaluatedBranch(String legacy, UnaryOperator<Condition> change) {
        evaluatedBranches.put(legacy, change);
    }

    /**
     * A parameter's value with its namespace applied: as written, or a {@code $.} reference. A static value left
     * empty by the export (a resource picked from a list in another instance) falls back to its resourceName.
     */
    String reference(Param p) {
        if (p.namespace() == null && (p.value() == null || p.value().isEmpty()) && p.resourceName() != null) {
            return p.resourceName();
        }
        return reference(p.value(), p.namespace());
    }

    /** A value with its namespace applied: as written, or a {@code $.} reference. */
    String reference(String value, String namespace) {
        if (namespace == null || value == null) {
            return value;
        }
        switch (namespace) {
            case "User Defined":
                return "$.Attributes." + value;
            case "External":
                return "$.External." + value;
            case "System":
                return known(LegacyAttributes.system(value), "System attribute '" + value + "'");
            case "Metrics":
                return known(LegacyAttributes.metric(value), "queue metric '" + value + "'");
            default:
                gaps.add("namespace '" + namespace + "' has no mapping");
                return null;
        }
    }

    private String known(Optional<String> path, String what) {
        if (path.isEmpty()) {
            gaps.add(what + " has no mapping");
        }
        return path.orElse(null);
    }
}
