package dev.connectsim.harness.report;

import dev.connectsim.harness.CallLanes;
import dev.connectsim.harness.CallLanes.Arrow;
import dev.connectsim.harness.CallLanes.Bar;
import dev.connectsim.harness.CallLanes.BarState;
import dev.connectsim.harness.CallLanes.Kind;
import dev.connectsim.harness.CallLanes.Lane;
import dev.connectsim.harness.CallLanes.Mark;
import dev.connectsim.harness.CallLanes.Tone;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A call's {@link CallLanes} drawn as SVG, written directly (no layout library: the picture is a grid, and drawing
 * it ourselves keeps every text at a size we choose and the output the same byte for byte on every run).
 *
 * <p>Design: time runs down the page, one column per lane, so that many things at one instant stack as lines of
 * text instead of overlapping, and a long call grows downwards and scrolls with the page. Each distinct instant is a
 * row; its height is the number of lines it needs (one per arrow, then as many as the busiest lane has marks); the
 * gap before it grows with the virtual time since the row before ({@value #PX_PER_SECOND} px a second), up to
 * {@value #MOST_GAP} px, beyond which the gap is cut and says how long it was. A party's connection is a bar down its
 * column, coloured by state (ringing, connected, on hold; a grey cap where it disconnected); several connections of
 * one lane (two legs of a transfer) stand side by side. An agent's action is an arrow from the agent's column to the
 * party's, its label on a white ground where it crosses a bar.
 * The moment the scenario failed is a red line across every lane. Text is {@value #FONT} px (times
 * {@value #SMALL} px), never scaled down by the report; what does not fit its column ends in "..." and the whole
 * text is the element's tooltip.
 */
public final class TimelineSvg {

    static final int FONT = 12;
    static final int SMALL = 11;
    private static final int HEADER_FONT = 13;
    private static final int LINE = 17;
    private static final int ARROW_LINE = 22;
    private static final int MOST_LINES_A_MARK = 3;
    /** The width of an average character of sans-serif text, in font sizes: what decides where a text is cut. */
    private static final double CHAR = 0.56;
    private static final int GUTTER = 74;
    private static final int TOP = 64;
    private static final int PX_PER_SECOND = 4;
    private static final int LEAST_GAP = 6;
    private static final int MOST_GAP = 48;
    private static final int BAR = 10;
    private static final int MOST_ROWS = 400;
    /** Wide enough for the legend. */
    private static final int LEAST_WIDTH = 700;
    private static final Map<Kind, Integer> WIDTHS = Map.of(Kind.CUSTOMER, 170, Kind.AGENT, 150,
            Kind.THIRD_PARTY, 150, Kind.FLOW, 260, Kind.LAMBDA, 260, Kind.SALESFORCE, 200, Kind.CONNECT, 220);
    private static final Map<BarState, String> COLOURS = Map.of(BarState.CONNECTING, "#f0b429",
            BarState.CONNECTED, "#2e9d4a", BarState.HOLD, "#8e6bbf", BarState.DISCONNECTED, "#9e9e9e");

    private TimelineSvg() {
    }

    /** The picture of {@code call}. */
    public static byte[] svg(CallLanes call) {
        return draw(call).getBytes(StandardCharsets.UTF_8);
    }

    /** One instant's row: its arrows and each lane's marks. */
    private static final class Row {
        final List<Arrow> arrows = new ArrayList<>();
        final Map<String, List<Mark>> marks = new LinkedHashMap<>();
        boolean failed;
        int top;

        /** The row's height: a line per arrow, then the lines of the busiest lane's marks, then the failure. */
        int height(Map<String, Column> columns) {
            int most = 0;
            for (Map.Entry<String, List<Mark>> lane : marks.entrySet()) {
                Column column = columns.get(lane.getKey());
                most = Math.max(most, lane.getValue().stream()
                        .mapToInt(mark -> wrap(mark.text(), column.room(), FONT).size()).sum());
            }
            return Math.max(LINE, arrows.size() * ARROW_LINE + most * LINE + (failed ? LINE + 4 : 0));
        }
    }

    /** A lane's column: where it starts, how wide it is, how many legs stand side by side in it. */
    private record Column(int x, int width, List<String> legs) {
        int barX(String leg) {
            return x + 8 + Math.max(0, legs.indexOf(leg)) * (BAR + 4);
        }

        int textX() {
            return legs.isEmpty() ? x + 16 : x + 8 + legs.size() * (BAR + 4) + 2;
        }

        int room() {
            return x + width - textX() - 4;
        }
    }

    static String draw(CallLanes call) {
        TreeMap<Instant, Row> rows = rows(call);
        Map<String, Column> columns = columns(call);
        int width = Math.max(LEAST_WIDTH,
                GUTTER + call.lanes().stream().mapToInt(lane -> columns.get(lane.name()).width).sum() + 10);
        StringBuilder body = new StringBuilder();
        int y = TOP + LINE;
        Instant previous = null;
        int drawn = 0;
        for (Map.Entry<Instant, Row> entry : rows.entrySet()) {
            if (drawn++ == MOST_ROWS) {
                body.append(text(GUTTER, y + FONT, FONT, "#555", "normal", (rows.size() - MOST_ROWS)
                        + " more moments: see the text timeline", width));
                y += LINE;
                break;
            }
            if (previous != null) {
                y += gap(body, previous, entry.getKey(), y);
            }
            entry.getValue().top = y;
            body.append(text(6, y + FONT, SMALL, "#555", "normal", call.offset(entry.getKey()), GUTTER));
            y += entry.getValue().height(columns);
            previous = entry.getKey();
        }
        int bottom = y + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(bottom + 6).append("\" viewBox=\"0 0 ").append(width).append(' ').append(bottom + 6)
                .append("\" font-family=\"sans-serif\" font-size=\"").append(FONT)
                .append("\" role=\"img\" aria-label=\"Timeline of the call\">\n")
                .append("<defs><marker id=\"head\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                        + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\""
                        + " fill=\"#1f6fd1\"/></marker></defs>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        legend(svg, width);
        for (Lane lane : call.lanes()) {
            Column column = columns.get(lane.name());
            svg.append("<g class=\"lane ").append(lane.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append("\" data-lane=\"").append(escape(lane.name())).append("\">")
                    .append("<line x1=\"").append(column.x).append("\" y1=\"").append(TOP - 4).append("\" x2=\"")
                    .append(column.x).append("\" y2=\"").append(bottom).append("\" stroke=\"#e2e2e2\"/>")
                    .append(text(column.x + 6, TOP + 10, HEADER_FONT, "#222", "bold", lane.name(), column.width - 8))
                    .append("</g>\n");
        }
        svg.append("<line x1=\"0\" y1=\"").append(TOP + LINE - 4).append("\" x2=\"").append(width).append("\" y2=\"")
                .append(TOP + LINE - 4).append("\" stroke=\"#cccccc\"/>\n");
        svg.append(body);
        bars(svg, call, rows, columns);
        for (Row row : rows.values()) {
            if (row.top > 0) {
                row(svg, row, columns, width, call);
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static TreeMap<Instant, Row> rows(CallLanes call) {
        TreeMap<Instant, Row> rows = new TreeMap<>();
        for (Arrow arrow : call.arrows()) {
            rows.computeIfAbsent(arrow.at(), at -> new Row()).arrows.add(arrow);
        }
        for (Mark mark : call.marks()) {
            rows.computeIfAbsent(mark.at(), at -> new Row()).marks.computeIfAbsent(mark.lane(), l -> new ArrayList<>())
                    .add(mark);
        }
        for (Bar bar : call.bars()) {
            rows.computeIfAbsent(bar.from(), at -> new Row());
            rows.computeIfAbsent(bar.to(), at -> new Row());
        }
        call.failedAt().ifPresent(at -> rows.computeIfAbsent(at, a -> new Row()).failed = true);
        if (rows.isEmpty()) {
            rows.computeIfAbsent(call.start(), at -> new Row()).marks.put("", List.of(new Mark("", call.start(),
                    "nothing happened", Tone.PLAIN)));
        }
        return rows;
    }

    private static Map<String, Column> columns(CallLanes call) {
        Map<String, Column> columns = new LinkedHashMap<>();
        int x = GUTTER;
        for (Lane lane : call.lanes()) {
            List<String> legs = new ArrayList<>(new TreeSet<>(call.bars().stream()
                    .filter(b -> b.lane().equals(lane.name())).map(Bar::leg).toList()));
            legs.sort((a, b) -> firstBar(call, lane.name(), a).compareTo(firstBar(call, lane.name(), b)));
            int width = WIDTHS.get(lane.kind()) + Math.max(0, legs.size() - 1) * (BAR + 4);
            columns.put(lane.name(), new Column(x, width, legs));
            x += width;
        }
        columns.putIfAbsent("", new Column(GUTTER, 300, List.of()));
        return columns;
    }

    private static Instant firstBar(CallLanes call, String lane, String leg) {
        return call.bars().stream().filter(b -> b.lane().equals(lane) && b.leg().equals(leg)).map(Bar::from)
                .min(Instant::compareTo).orElse(call.start());
    }

    /** The gap before a row, in pixels; a cut gap says how long it was. */
    private static int gap(StringBuilder body, Instant from, Instant to, int y) {
        double seconds = Duration.between(from, to).toMillis() / 1000.0;
        int gap = (int) Math.round(seconds * PX_PER_SECOND);
        if (gap <= MOST_GAP) {
            return Math.max(LEAST_GAP, gap);
        }
        body.append(text(6, y + MOST_GAP / 2 + 4, SMALL, "#999", "normal",
                String.format(Locale.ROOT, "\u22ee %.0f s", seconds), GUTTER));
        return MOST_GAP;
    }

    private static void legend(StringBuilder svg, int width) {
        int x = 8;
        svg.append("<g class=\"legend\">");
        for (BarState state : BarState.values()) {
            svg.append("<rect x=\"").append(x).append("\" y=\"10\" width=\"").append(BAR).append("\" height=\"14\""
                    + " fill=\"").append(COLOURS.get(state)).append("\"/>")
                    .append(text(x + BAR + 4, 22, SMALL, "#444", "normal", state.words(), 120));
            x += BAR + 12 + (int) (state.words().length() * SMALL * CHAR) + 8;
        }
        svg.append("<line x1=\"").append(x).append("\" y1=\"17\" x2=\"").append(x + 28)
                .append("\" y2=\"17\" stroke=\"#1f6fd1\" stroke-width=\"1.5\" marker-end=\"url(#head)\"/>")
                .append(text(x + 34, 22, SMALL, "#444", "normal", "an agent's action", 140));
        x += 150;
        svg.append("<line x1=\"").append(x).append("\" y1=\"17\" x2=\"").append(x + 28)
                .append("\" y2=\"17\" stroke=\"#d33\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>")
                .append(text(x + 34, 22, SMALL, "#444", "normal", "where the scenario failed", 200))
                .append(text(8, 44, SMALL, "#777", "normal", "virtual time runs down; hover a cut text for all of it",
                        width - 16))
                .append("</g>\n");
    }

    private static void bars(StringBuilder svg, CallLanes call, TreeMap<Instant, Row> rows,
            Map<String, Column> columns) {
        for (Bar bar : call.bars()) {
            Column column = columns.get(bar.lane());
            Row from = rows.get(bar.from());
            Row to = rows.get(bar.to());
            if (column == null || from.top == 0) {
                continue;
            }
            int top = from.top + 2;
            int bottom = to.top == 0 ? top + LINE : to.top + 2;
            int height = bar.state() == BarState.DISCONNECTED ? 5 : Math.max(4, bottom - top);
            svg.append("<rect class=\"bar ").append(bar.state().key()).append("\" x=\"").append(column.barX(bar.leg()))
                    .append("\" y=\"").append(top).append("\" width=\"").append(BAR).append("\" height=\"")
                    .append(height).append("\" fill=\"").append(COLOURS.get(bar.state())).append("\">")
                    .append("<title>").append(escape(bar.lane() + " " + bar.state().words() + " from "
                            + call.offset(bar.from()) + " to " + call.offset(bar.to()))).append("</title></rect>\n");
        }
    }

    private static void row(StringBuilder svg, Row row, Map<String, Column> columns, int width, CallLanes call) {
        int line = 0;
        for (Arrow arrow : row.arrows) {
            Column from = columns.get(arrow.from());
            Column to = columns.get(arrow.to());
            if (from == null || to == null) {
                continue;
            }
            int y = row.top + line * ARROW_LINE;
            int x1 = from.barX(from.legs.isEmpty() ? "" : from.legs.get(0)) + BAR / 2;
            int x2 = to.barX(to.legs.isEmpty() ? "" : to.legs.get(to.legs.size() - 1)) + BAR / 2;
            x2 += x2 > x1 ? -BAR / 2 - 1 : BAR / 2 + 1;
            int left = Math.min(x1, x2);
            String label = arrow.from() + " " + arrow.text();
            svg.append("<g class=\"arrow\"><line x1=\"").append(x1).append("\" y1=\"").append(y + 17)
                    .append("\" x2=\"").append(x2).append("\" y2=\"").append(y + 17)
                    .append("\" stroke=\"#1f6fd1\" stroke-width=\"1.5\" marker-end=\"url(#head)\"/>")
                    .append("<rect x=\"").append(left + 8).append("\" y=\"").append(y + 1).append("\" width=\"")
                    .append(Math.min(width - left - 10, (int) (label.length() * FONT * 0.5) + 4))
                    .append("\" height=\"14\" fill=\"#ffffff\" fill-opacity=\"0.9\"/>")
                    .append(text(left + 10, y + 12, FONT, "#1f6fd1", "normal", label, width - left - 12))
                    .append("</g>\n");
            line++;
        }
        int marksTop = row.top + line * ARROW_LINE;
        int bottom = marksTop;
        for (Map.Entry<String, List<Mark>> lane : row.marks.entrySet()) {
            Column column = columns.get(lane.getKey());
            int y = marksTop;
            for (Mark mark : lane.getValue()) {
                String colour = switch (mark.tone()) {
                    case BAD -> "#c62828";
                    case ACTION -> "#1f6fd1";
                    case PLAIN -> "#222";
                };
                if (column.legs.isEmpty()) {
                    svg.append("<circle cx=\"").append(column.x + 9).append("\" cy=\"").append(y + FONT - 4)
                            .append("\" r=\"3\" fill=\"").append(colour).append("\"/>");
                }
                String weight = mark.tone() == Tone.BAD ? "bold" : "normal";
                List<String> lines = wrap(mark.text(), column.room(), FONT);
                for (int i = 0; i < lines.size(); i++) {
                    svg.append(text(column.textX(), y + FONT, FONT, colour, weight, lines.get(i), column.room(),
                            i == 0 && !String.join(" ", lines).equals(mark.detail()) ? mark.detail() : lines.get(i)));
                    y += LINE;
                }
                svg.append('\n');
            }
            bottom = Math.max(bottom, y);
        }
        if (row.failed) {
            int y = bottom + 14;
            svg.append("<g class=\"failure\"><line x1=\"").append(GUTTER).append("\" y1=\"").append(y)
                    .append("\" x2=\"").append(width - 4).append("\" y2=\"").append(y)
                    .append("\" stroke=\"#d33\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>")
                    .append(text(GUTTER + 6, y - 3, FONT, "#d33", "bold", "the scenario failed here", 300))
                    .append("</g>\n");
        }
    }

    /** {@code text} in lines that fit {@code room} pixels, broken at spaces; past the last line allowed, "...". */
    static List<String> wrap(String text, int room, int size) {
        int fits = Math.max(4, (int) (room / (size * CHAR)));
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > fits && lines.size() < MOST_LINES_A_MARK - 1) {
            int cut = rest.lastIndexOf(' ', fits);
            cut = cut <= fits / 3 ? fits : cut;
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        lines.add(rest.length() <= fits ? rest : rest.substring(0, fits - 3) + "...");
        return lines;
    }

    private static String text(int x, int y, int size, String colour, String weight, String text, int room) {
        return text(x, y, size, colour, weight, text, room, text);
    }

    /** A text that fits {@code room} pixels, cut with "..." when it does not, with all of it as its tooltip. */
    private static String text(int x, int y, int size, String colour, String weight, String text, int room,
            String detail) {
        int fits = Math.max(4, (int) (room / (size * CHAR)));
        String shown = text.length() <= fits ? text : text.substring(0, fits - 3) + "...";
        StringBuilder out = new StringBuilder("<text x=\"").append(x).append("\" y=\"").append(y)
                .append("\" font-size=\"").append(size).append("\" fill=\"").append(colour).append('"');
        if (!weight.equals("normal")) {
            out.append(" font-weight=\"").append(weight).append('"');
        }
        out.append('>');
        if (!shown.equals(detail)) {
            out.append("<title>").append(escape(detail)).append("</title>");
        }
        return out.append(escape(shown)).append("</text>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
