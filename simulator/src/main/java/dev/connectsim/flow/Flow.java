package dev.connectsim.flow;

import dev.connectsim.flow.action.Action;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded flow: its actions in file order, found by Identifier, and what the file said about it. A flow is
 * loaded as written: a missing StartAction, a dangling NextAction, a repeated Identifier, an unknown Version or
 * an unknown action type all load, and validation reports them.
 */
public final class Flow {

    private final String source;
    private final FlowFormat format;
    private final String name;
    private final String typeName;
    private final String version;
    /** {@code StartAction}, as an Optional made once: every run of the flow asks for it. */
    private final Optional<String> start;
    private final List<Action> actions;
    private final Map<String, Action> byIdentifier;

    /**
     * @param source      the file the flow came from, as given (used in every message)
     * @param format      the shape of the file
     * @param name        the flow's name: the export's {@code Name}, else the editor's {@code Metadata.name}
     *                    (legacy: {@code metadata.name}), else the file name without {@code .json}
     * @param typeName    the flow type as written, or null when the file does not say
     * @param version     {@code Version} as written (legacy: {@code version}), or null
     * @param startAction {@code StartAction} (legacy: {@code start}), or null
     * @param actions     the actions in file order
     */
    public Flow(String source, FlowFormat format, String name, String typeName, String version,
            String startAction, List<Action> actions) {
        this.source = Objects.requireNonNull(source, "source");
        this.format = Objects.requireNonNull(format, "format");
        this.name = Objects.requireNonNull(name, "name");
        this.typeName = typeName;
        this.version = version;
        this.start = Optional.ofNullable(startAction);
        this.actions = List.copyOf(actions);
        Map<String, Action> index = new LinkedHashMap<>();
        this.actions.forEach(a -> index.putIfAbsent(a.identifier(), a));
        this.byIdentifier = index;
    }

    /** The file the flow came from, as given to the parser. */
    public String source() {
        return source;
    }

    public FlowFormat format() {
        return format;
    }

    public String name() {
        return name;
    }

    /** The flow type, when the file names a known one. Most bare exports do not say. */
    public Optional<FlowType> type() {
        return typeName().flatMap(FlowType::named);
    }

    /** The flow type as written ({@code CONTACT_FLOW}, {@code queueTransfer} ...), when the file says. */
    public Optional<String> typeName() {
        return Optional.ofNullable(typeName);
    }

    /** {@code Version} as written; only {@code "2019-10-30"} is valid in the current language. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** The Identifier of the first action, when the file names one. */
    public Optional<String> startAction() {
        return start;
    }

    /** The actions in file order, repeats of an Identifier included. */
    public List<Action> actions() {
        return actions;
    }

    /** The action with this Identifier (the first in file order if the file repeats it). */
    public Optional<Action> action(String identifier) {
        return Optional.ofNullable(byIdentifier.get(identifier));
    }

    @Override
    public String toString() {
        return "flow '" + name + "' (" + source + ", " + format + ", " + actions.size() + " actions)";
    }
}
