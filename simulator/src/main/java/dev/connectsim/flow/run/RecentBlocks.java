package dev.connectsim.flow.run;

import dev.connectsim.flow.action.Action;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The last blocks a run went through, so that a run the block limit stops can name the cycle it was caught in:
 * "the cycle Inbound/menu (GetParticipantInput) -> Inbound/sorry (MessageParticipant) -> Inbound/menu".
 *
 * <p>Design note: a ring of references (no text, no allocation per block), put into words only when the limit is
 * reached. The cycle is what lies between the block about to run and its last run before; a cycle longer than the
 * ring is named by the blocks the ring holds. The ring starts small and doubles up to {@value #SIZE} as the run goes
 * on (most runs pass a handful of blocks, and every call starts a run or two): it grows only while it has not wrapped,
 * so slot {@code count % capacity} is always the next.
 */
final class RecentBlocks {

    private static final int SIZE = 32;
    private static final int FIRST_SIZE = 8;
    private static final int NAMES_SHOWN = 12;

    private String[] flows = new String[FIRST_SIZE];
    private Action[] actions = new Action[FIRST_SIZE];
    private int count;

    void add(String flow, Action action) {
        if (count == flows.length && count < SIZE) {
            flows = Arrays.copyOf(flows, count * 2);
            actions = Arrays.copyOf(actions, count * 2);
        }
        int slot = count % flows.length;
        flows[slot] = flow;
        actions[slot] = action;
        count++;
    }

    /** The cycle that leads back to {@code action} of {@code flow}, in words. */
    String cycleTo(String flow, Action action) {
        int size = flows.length;
        int held = Math.min(count, size);
        List<String> names = new ArrayList<>();
        int back = 1;
        for (; back <= held; back++) {
            int slot = (count - back) % size;
            if (actions[slot] == action && flow.equals(flows[slot])) {
                break;
            }
        }
        boolean found = back <= held;
        int first = found ? back : held;
        for (int i = first; i >= 1; i--) {
            int slot = (count - i) % size;
            names.add(name(flows[slot], actions[slot]));
        }
        if (!found) {
            return "a cycle with no exit? the last " + held + " blocks: " + shorten(names);
        }
        names.add(name(flow, action));
        return "a cycle with no exit: " + shorten(names);
    }

    private static String shorten(List<String> names) {
        if (names.size() <= NAMES_SHOWN) {
            return String.join(" -> ", names);
        }
        int head = NAMES_SHOWN / 2;
        return String.join(" -> ", names.subList(0, head)) + " -> ... " + (names.size() - NAMES_SHOWN)
                + " more ... -> " + String.join(" -> ", names.subList(names.size() - head, names.size()));
    }

    private static String name(String flow, Action action) {
        return flow + "/" + action.identifier() + " (" + action.type() + ")";
    }
}
