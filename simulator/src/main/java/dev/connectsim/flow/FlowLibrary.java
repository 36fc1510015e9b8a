package dev.connectsim.flow;

import dev.connectsim.text.DeployPlaceholder;
import dev.connectsim.text.NearestName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The flows of a simulated instance, found the way flows refer to each other: by name, by flow id, or by the
 * flow's ARN ({@code arn:aws:connect:<region>:<account>:instance/<instance id>/contact-flow/<flow id>}).
 * Immutable; build one with {@link #builder()}.
 */
public final class FlowLibrary {

    private static final FlowLibrary EMPTY = builder().build();

    /** How many {@link #unknown} reasons are kept, so a flow naming flows by a per-call value cannot grow it. */
    private static final int REMEMBERED_UNKNOWNS = 1_000;

    private final Map<String, Entry> byName;
    /** The reasons already put into words: the nearest name is an edit distance to every flow, paid once per name. */
    private final Map<String, String> unknownReasons = new ConcurrentHashMap<>();
    /**
     * What {@link #find} answered for a reference: a TransferToFlow names the same flow at every call, and a
     * reference that is no flow's name walks every flow. At most {@value #REMEMBERED_UNKNOWNS} are kept.
     */
    private final Map<String, Optional<Entry>> references = new ConcurrentHashMap<>();

    private FlowLibrary(Map<String, Entry> byName) {
        this.byName = byName;
    }

    /** A library with no flows. */
    public static FlowLibrary empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every flow, in the order they were added. */
    public List<Entry> all() {
        return List.copyOf(byName.values());
    }

    /**
     * The flow {@code reference} names: a flow name, a flow id, a flow ARN, or an ARN whose last path segment
     * is a flow's id (an ARN from another instance, as exported flows carry), or the deploy placeholder
     * {@code %%NAME%%} of a flow named NAME.
     */
    public Optional<Entry> find(String reference) {
        Objects.requireNonNull(reference, "reference");
        Optional<Entry> known = references.get(reference);
        if (known != null) {
            return known;
        }
        Optional<Entry> found = lookUp(reference);
        if (references.size() < REMEMBERED_UNKNOWNS) {
            references.put(reference, found);
        }
        return found;
    }

    private Optional<Entry> lookUp(String reference) {
        Entry named = byName.get(reference);
        if (named != null) {
            return Optional.of(named);
        }
        Optional<Entry> placeholder = DeployPlaceholder.name(reference).map(byName::get);
        if (placeholder.isPresent()) {
            return placeholder;
        }
        String lastSegment = reference.substring(reference.lastIndexOf('/') + 1);
        return byName.values().stream()
                .filter(e -> e.arn().equals(reference) || e.id().equals(reference)
                        || reference.contains("contact-flow/") && e.id().equals(lastSegment))
                .findFirst();
    }

    /** The flow named {@code name}; fails with the nearest name and the names there are. */
    public Entry named(String name) {
        Entry entry = byName.get(name);
        if (entry == null) {
            throw new IllegalArgumentException(unknown(name));
        }
        return entry;
    }

    /** "the instance has no flow 'X' (did you mean 'Y'?); it has: ..." for a reference that finds nothing. */
    public String unknown(String reference) {
        String known = unknownReasons.get(reference);
        if (known != null) {
            return known;
        }
        String reason = "the instance has no flow '" + reference + "'" + NearestName.hint(byName.keySet(), reference)
                + "; it has: " + (byName.isEmpty() ? "none" : String.join(", ", byName.keySet()));
        if (unknownReasons.size() < REMEMBERED_UNKNOWNS) {
            unknownReasons.put(reference, reason);
        }
        return reason;
    }

    /**
     * One flow of the instance.
     *
     * @param name the flow's name in the instance
     * @param type the flow's type in the instance (it decides where the flow may run)
     * @param id   the flow id
     * @param arn  the flow ARN
     * @param flow the loaded flow
     */
    public record Entry(String name, FlowType type, String id, String arn, Flow flow) {

        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(arn, "arn");
            Objects.requireNonNull(flow, "flow");
        }
    }

    /** Builds a {@link FlowLibrary}. */
    public static final class Builder {
        private final Map<String, Entry> byName = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();

        /** Adds a flow; a second flow with the same name, id or ARN is refused by {@link #build()}. */
        public Builder add(Entry entry) {
            Objects.requireNonNull(entry, "entry");
            for (Entry other : byName.values()) {
                if (other.id().equals(entry.id()) || other.arn().equals(entry.arn())) {
                    problems.add("flows '" + other.name() + "' and '" + entry.name() + "' have the same id or ARN");
                }
            }
            if (byName.putIfAbsent(entry.name(), entry) != null) {
                problems.add("two flows are named '" + entry.name() + "'");
            }
            return this;
        }

        public FlowLibrary build() {
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
            return new FlowLibrary(new LinkedHashMap<>(byName));
        }
    }
}
