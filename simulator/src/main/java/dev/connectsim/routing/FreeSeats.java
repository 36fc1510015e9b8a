package dev.connectsim.routing;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routing's index of who could take a contact now: for every line (a queue or an agent queue), the seats that serve
 * it and are free (routable, with no active contact), by their place in the instance's order; and the lines where
 * a contact waits. The router tells it every change of a seat or a line, so finding the first free agent for a
 * waiting contact costs the number of lines with someone waiting, not the number of agents.
 */
final class FreeSeats {

    private final List<AgentSeat> seats;
    private final boolean[] free;
    private final Map<String, BitSet> freeByLine = new HashMap<>();
    /** For each seat (by order), the free-seat sets of its lines, looked up once. */
    private final BitSet[][] linesOfSeat;
    private final Set<String> waitingLines = new LinkedHashSet<>();

    FreeSeats(List<AgentSeat> seats) {
        this.seats = List.copyOf(seats);
        this.free = new boolean[seats.size()];
        this.linesOfSeat = new BitSet[seats.size()][];
        for (AgentSeat seat : this.seats) {
            linesOfSeat[seat.order()] = seat.lines().stream()
                    .map(line -> freeByLine.computeIfAbsent(line, key -> new BitSet())).toArray(BitSet[]::new);
            update(seat);
        }
    }

    /** Looks at {@code seat} again after something changed it. */
    void update(AgentSeat seat) {
        boolean now = seat.isRoutable() && !seat.hasActiveContact();
        if (now == free[seat.order()]) {
            return;
        }
        free[seat.order()] = now;
        for (BitSet line : linesOfSeat[seat.order()]) {
            line.set(seat.order(), now);
        }
    }

    /** Someone waits in {@code line} now. */
    void lineFilled(String line) {
        waitingLines.add(line);
    }

    /** Nobody waits in {@code line} any more. */
    void lineEmptied(String line) {
        waitingLines.remove(line);
    }

    /** The free seat first in the instance's order that serves a line where someone waits; null when there is none. */
    AgentSeat firstServingAWaitingLine() {
        int best = -1;
        for (String line : waitingLines) {
            BitSet bits = freeByLine.get(line);
            int first = bits == null ? -1 : bits.nextSetBit(0);
            if (first >= 0 && (best < 0 || first < best)) {
                best = first;
            }
        }
        return best < 0 ? null : seats.get(best);
    }
}
