package dev.connectsim.flow.diff;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.coverage.Transition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed from one version of a flow to another.
 *
 * <p>Actions are matched first by the flow's graph: the two StartActions, then, from every matched pair, the
 * actions the same branch leads to (NextAction with NextAction, the same error type, the same condition), when they
 * have the same type; then, among the rest, by equal Identifier; then, through the graph again, an action left
 * unmatched on both sides whose type changed at the same place (the same branch of a matched pair leads to it), unless
 * the old action's type is what the new one leads to, or the other way round (a block put in or taken out in front
 * of it, not changed). So a flow exported from another instance, whose Identifiers are all different, still matches
 * block for block, and a block whose Type changed is one changed action naming both types, whatever its Identifier.
 * What is left unmatched is removed (old) or added (new). Transitions are compared through the matching: a transition is kept when its matched ends are joined by the
 * same branch in the new version.
 *
 * @param oldSource          the old version's file
 * @param newSource          the new version's file
 * @param addedActions       Identifiers (new version) with no match in the old one
 * @param removedActions     Identifiers (old version) with no match in the new one
 * @param changedActions     matched actions that differ (Identifier, type or parameters)
 * @param matched            old Identifier to new Identifier, for every matched action
 * @param addedTransitions   transitions of the new version (new Identifiers) the old one lacks
 * @param removedTransitions transitions of the old version (old Identifiers) the new one lacks
 */
public record FlowDiff(String oldSource, String newSource, List<String> addedActions, List<String> removedActions,
        List<ActionChange> changedActions, Map<String, String> matched, List<Transition> addedTransitions,
        List<Transition> removedTransitions) {

    public FlowDiff {
        addedActions = List.copyOf(addedActions);
        removedActions = List.copyOf(removedActions);
        changedActions = List.copyOf(changedActions);
        matched = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(matched));
        addedTransitions = List.copyOf(addedTransitions);
        removedTransitions = List.copyOf(removedTransitions);
    }

    /** The differences between {@code before} and {@code after}. */
    public static FlowDiff between(Flow before, Flow after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Map<String, String> matched = match(before, after);
        List<String> removed = before.actions().stream().map(Action::identifier).filter(id -> !matched.containsKey(id))
                .toList();
        Set<String> matchedNew = new LinkedHashSet<>(matched.values());
        List<String> added = after.actions().stream().map(Action::identifier).filter(id -> !matchedNew.contains(id))
                .toList();
        List<ActionChange> changed = new ArrayList<>();
        matched.forEach((oldId, newId) -> {
            List<String> changes = changes(before.action(oldId).orElseThrow(), after.action(newId).orElseThrow());
            if (!changes.isEmpty()) {
                changed.add(new ActionChange(oldId, newId, changes));
            }
        });
        List<Transition> oldTransitions = Transition.allOf(before);
        List<Transition> newTransitions = Transition.allOf(after);
        Set<Transition> oldTranslated = new LinkedHashSet<>();
        List<Transition> removedTransitions = new ArrayList<>();
        for (Transition t : oldTransitions) {
            String from = matched.get(t.from());
            String to = matched.get(t.to());
            Transition translated = from == null || to == null ? null : new Transition(from, t.branch(), to);
            if (translated != null && newTransitions.contains(translated)) {
                oldTranslated.add(translated);
            } else {
                removedTransitions.add(t);
            }
        }
        List<Transition> addedTransitions = newTransitions.stream().filter(t -> !oldTranslated.contains(t)).toList();
        return new FlowDiff(before.source(), after.source(), added, removed, changed, matched, addedTransitions,
                removedTransitions);
    }

    /** Whether the versions are the same, Identifiers included. */
    public boolean isEmpty() {
        return addedActions.isEmpty() && removedActions.isEmpty() && changedActions.isEmpty()
                && addedTransitions.isEmpty() && removedTransitions.isEmpty();
    }

    /** The differences as lines a person reads. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        addedActions.forEach(id -> lines.add("added action " + id));
        removedActions.forEach(id -> lines.add("removed action " + id));
        for (ActionChange change : changedActions) {
            String name = change.oldIdentifier().equals(change.newIdentifier()) ? change.newIdentifier()
                    : change.newIdentifier() + " (was " + change.oldIdentifier() + ")";
            change.changes().forEach(what -> lines.add("changed action " + name + ": " + what));
        }
        addedTransitions.forEach(t -> lines.add("added transition " + t));
        removedTransitions.forEach(t -> lines.add("removed transition " + t));
        return lines;
    }

    private static Map<String, String> match(Flow before, Flow after) {
        Map<String, String> matched = new LinkedHashMap<>();
        Set<String> taken = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        if (before.startAction().isPresent() && after.startAction().isPresent()) {
            pair(before, after, before.startAction().get(), after.startAction().get(), matched, taken, queue, false);
        }
        follow(before, after, matched, taken, queue, false);
        for (Action action : before.actions()) {
            String id = action.identifier();
            if (!matched.containsKey(id) && !taken.contains(id) && after.action(id).isPresent()) {
                matched.put(id, id);
                taken.add(id);
            }
        }
        queue.addAll(matched.keySet());
        follow(before, after, matched, taken, queue, true);
        return matched;
    }

    /** Pairs what the same branches of the queued pairs lead to, and what those lead to, until nothing is left. */
    private static void follow(Flow before, Flow after, Map<String, String> matched, Set<String> taken,
            Deque<String> queue, boolean typeMayChange) {
        while (!queue.isEmpty()) {
            String oldId = queue.poll();
            Action oldAction = before.action(oldId).orElseThrow();
            Action newAction = after.action(matched.get(oldId)).orElseThrow();
            for (Transition t : Transition.of(oldAction)) {
                Transition.of(newAction).stream().filter(n -> n.branch().equals(t.branch())).findFirst()
                        .ifPresent(n -> pair(before, after, t.to(), n.to(), matched, taken, queue, typeMayChange));
            }
        }
    }

    private static void pair(Flow before, Flow after, String oldId, String newId, Map<String, String> matched,
            Set<String> taken, Deque<String> queue, boolean typeMayChange) {
        if (matched.containsKey(oldId) || taken.contains(newId)) {
            return;
        }
        var oldAction = before.action(oldId);
        var newAction = after.action(newId);
        if (oldAction.isEmpty() || newAction.isEmpty()) {
            return;
        }
        boolean sameType = oldAction.get().type().equals(newAction.get().type());
        if (!sameType && !(typeMayChange && !leadsTo(after, newAction.get(), oldAction.get().type())
                && !leadsTo(before, oldAction.get(), newAction.get().type()))) {
            return;
        }
        matched.put(oldId, newId);
        taken.add(newId);
        queue.add(oldId);
    }

    /** Whether one of {@code action}'s branches leads to an action of {@code type}. */
    private static boolean leadsTo(Flow flow, Action action, String type) {
        return Transition.of(action).stream()
                .anyMatch(t -> flow.action(t.to()).map(a -> a.type().equals(type)).orElse(false));
    }

    private static List<String> changes(Action before, Action after) {
        List<String> changes = new ArrayList<>();
        if (!before.identifier().equals(after.identifier())) {
            changes.add("renamed from " + before.identifier() + " to " + after.identifier());
        }
        if (!before.type().equals(after.type())) {
            changes.add("Type " + before.type() + " -> " + after.type());
        }
        Set<String> keys = new TreeSet<>(before.parameters().keySet());
        keys.addAll(after.parameters().keySet());
        for (String key : keys) {
            Object was = before.parameters().get(key);
            Object is = after.parameters().get(key);
            if (!Objects.equals(was, is)) {
                changes.add("parameter " + key + ": " + (was == null ? "(none)" : was) + " -> "
                        + (is == null ? "(none)" : is));
            }
        }
        return changes;
    }
}
