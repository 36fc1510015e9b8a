package dev.connectsim.harness.report;

import dev.connectsim.harness.Timeline;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A scenario's timeline drawn as a PlantUML sequence diagram (pure Java, SVG): one lifeline per actor (Connect, the
 * flows, Lambda, Salesforce, agents) in the order they first act; each entry is an arrow from whoever acted before
 * to whoever acts now, labelled with its virtual time and what happened.
 */
public final class TimelinePicture {

    private static final int LONGEST_LABEL = 110;
    private static final int MOST_ENTRIES = 400;

    private TimelinePicture() {
    }

    /** The PlantUML text of the picture. */
    public static String plantUml(Timeline timeline) {
        StringBuilder text = new StringBuilder("@startuml\nskinparam shadowing false\nskinparam monochrome false\n"
                + "skinparam sequenceMessageAlign left\nhide footbox\n");
        Set<String> actors = new LinkedHashSet<>();
        timeline.entries().forEach(entry -> actors.add(entry.actor()));
        for (String actor : actors) {
            text.append("participant \"").append(clean(actor)).append("\" as ").append(alias(actor)).append('\n');
        }
        String previous = null;
        int drawn = 0;
        for (Timeline.Entry entry : timeline.entries()) {
            if (drawn++ == MOST_ENTRIES) {
                text.append("note across: ").append(timeline.entries().size() - MOST_ENTRIES)
                        .append(" more entries in the text timeline\n");
                break;
            }
            String from = previous == null ? entry.actor() : previous;
            text.append(alias(from)).append(" -> ").append(alias(entry.actor())).append(" : ")
                    .append(timeline.offset(entry.at())).append("  ").append(label(entry.text())).append('\n');
            previous = entry.actor();
        }
        if (timeline.entries().isEmpty()) {
            text.append("note \"nothing happened\" as N\n");
        }
        return text.append("@enduml\n").toString();
    }

    /** The picture as SVG. */
    public static byte[] svg(Timeline timeline) {
        return PlantUmlSvg.render(plantUml(timeline));
    }

    private static String alias(String actor) {
        return "a" + Integer.toHexString(actor.hashCode() & 0x7fffffff);
    }

    private static String label(String text) {
        String clean = clean(text);
        return clean.length() <= LONGEST_LABEL ? clean : clean.substring(0, LONGEST_LABEL - 3) + "...";
    }

    private static String clean(String text) {
        return text.replace('\n', ' ').replace('"', '\'');
    }
}
