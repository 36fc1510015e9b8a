package dev.connectsim.harness.report;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.coverage.FlowCoverage;
import dev.connectsim.flow.coverage.Transition;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A flow drawn as a graph with PlantUML's built-in layout (smetana, pure Java, no Graphviz): each action a box with
 * its Identifier, type and a short summary of its parameters; each transition an arrow labelled with its branch. Two
 * transitions between the same blocks (a NextAction and a NoMatchingError to one block) are two arrows: the layout
 * draws parallel edges on top of each other, so every one after the first goes through its own label, which gives
 * it a path of its own.
 * What the coverage says was taken is drawn strong and green, what was not is faded and dashed; a change between
 * two versions is drawn blue (added), orange (changed) and red and dashed (removed).
 */
public final class FlowPicture {

    private static final int LONGEST_VALUE = 32;
    private static final int MOST_PARAMETERS = 2;

    private FlowPicture() {
    }

    /** How an action or a transition is drawn. */
    public enum Mark {
        /** Taken by the runs: green and strong. */
        TAKEN("#e6f4ea;line:2e9d4a", "#2e9d4a,bold"),
        /** Not taken, or not concerned: faded and dashed. */
        FADED("#fafafa;line.dashed;line:cccccc;text:999999", "#cccccc,dashed"),
        /** New in this version: blue. */
        ADDED("#e3f0fc;line:1f6fd1", "#1f6fd1,bold"),
        /** Changed in this version: orange. */
        CHANGED("#fdf0e0;line:d9822b", "#d9822b,bold"),
        /** Removed in this version: red and dashed. */
        REMOVED("#fdecec;line.dashed;line:d33;text:a33", "#dd3333,dashed"),
        /** Unchanged: plain. */
        PLAIN("#f7f7f7;line:888888", "#888888");

        private final String box;
        private final String arrow;

        Mark(String box, String arrow) {
            this.box = box;
            this.arrow = arrow;
        }
    }

    /** The PlantUML text of {@code flow} with {@code coverage} drawn on it. */
    public static String plantUml(Flow flow, FlowCoverage coverage) {
        return plantUml(flow, id -> coverage.coveredActions().contains(id) ? Mark.TAKEN : Mark.FADED,
                t -> coverage.coveredTransitions().contains(t) ? Mark.TAKEN : Mark.FADED);
    }

    /** The PlantUML text of {@code flow}, each action and transition drawn as its mark says. */
    public static String plantUml(Flow flow, Function<String, Mark> actionMark, Function<Transition, Mark> transitionMark) {
        return plantUml(flow.actions(), Transition.allOf(flow), actionMark, transitionMark);
    }

    /**
     * The PlantUML text of {@code actions} joined by {@code transitions}, each drawn as its mark says: for a picture
     * of two versions at once, the new version's actions and transitions with the removed ones of the old.
     */
    public static String plantUml(List<Action> actions, List<Transition> transitions,
            Function<String, Mark> actionMark, Function<Transition, Mark> transitionMark) {
        StringBuilder text = new StringBuilder("@startuml\n!pragma layout smetana\nskinparam shadowing false\n"
                + "skinparam defaultFontSize 11\nskinparam rectangle {\n  BackgroundColor #f7f7f7\n  BorderColor #888888\n}\n");
        Map<String, String> aliases = new HashMap<>();
        int index = 0;
        for (Action action : actions) {
            if (aliases.containsKey(action.identifier())) {
                continue;
            }
            String alias = "a" + index++;
            aliases.put(action.identifier(), alias);
            text.append("rectangle \"").append(clean(action.identifier())).append(small(action.type()))
                    .append(summary(action)).append("\" as ").append(alias).append(' ')
                    .append(actionMark.apply(action.identifier()).box).append('\n');
        }
        Set<String> drawn = new HashSet<>();
        int via = 0;
        for (Transition transition : transitions) {
            String from = aliases.get(transition.from());
            String to = aliases.get(transition.to());
            if (from == null || to == null) {
                continue;
            }
            Mark mark = transitionMark.apply(transition);
            String label = mark == Mark.FADED ? "<color:#999999>" + clean(label(transition.branch())) + "</color>"
                    : clean(label(transition.branch()));
            if (drawn.add(from + " " + to)) {
                text.append(from).append(" -[").append(mark.arrow).append("]-> ").append(to).append(" : ")
                        .append(label).append('\n');
            } else {
                String stop = "t" + via++;
                text.append("label \"").append(label).append("\" as ").append(stop).append('\n')
                        .append(from).append(" -[").append(mark.arrow).append("]- ").append(stop).append('\n')
                        .append(stop).append(" -[").append(mark.arrow).append("]-> ").append(to).append('\n');
            }
        }
        return text.append("@enduml\n").toString();
    }

    /** The picture as SVG. */
    public static byte[] svg(Flow flow, FlowCoverage coverage) {
        return PlantUmlSvg.render(plantUml(flow, coverage));
    }

    /** "NextAction" as it is; "Error QueueAtCapacity" and "Condition Equals [DoneLooping]" shortened. */
    private static String label(String branch) {
        return branch.replaceFirst("^Error ", "").replaceFirst("^Condition ", "").replace("[", "").replace("]", "");
    }

    /** The first parameters, one small line each. */
    private static String summary(Action action) {
        return action.parameters().entrySet().stream().limit(MOST_PARAMETERS)
                .map(e -> small(e.getKey() + ": " + shorten(String.valueOf(e.getValue()))))
                .collect(Collectors.joining());
    }

    /** A new line in small type (PlantUML's size tag ends at the line's end, so each line has its own). */
    private static String small(String line) {
        return "\\n<size:9>" + clean(line) + "</size>";
    }

    /** The end of a long value, where ARNs and references say what they name. */
    private static String shorten(String value) {
        return value.length() <= LONGEST_VALUE ? value : "..." + value.substring(value.length() - LONGEST_VALUE + 3);
    }

    private static String clean(String text) {
        return text.replace("\"", "'").replace("\n", " ").replace("<", "(").replace(">", ")");
    }
}
