package dev.connectsim.time;

import java.util.Arrays;

/**
 * The scheduler's waiting events: a min-heap ordered by (instant, sequence), where each event knows its place, so
 * that removing one (a cancel) costs O(log n) like adding one, instead of the search through every waiting event
 * that {@link java.util.PriorityQueue#remove(Object)} makes.
 *
 * <p>Design note: each slot's order key (the instant in epoch nanoseconds, and the sequence) is also kept in arrays
 * beside the events, so a sift compares numbers next to each other in memory instead of reaching into one event
 * object after another; the keys move with their events. Each slot has four children rather than two: the heap is
 * half as deep, so an event taken off moves half as many events, and each move writes the moved event's place into
 * it, a write to memory the cache may not hold; the four children's keys lie side by side in the arrays.
 */
final class EventQueue {

    private ScheduledEvent[] heap = new ScheduledEvent[64];
    private long[] instants = new long[64];
    private long[] sequences = new long[64];
    private int size;

    int size() {
        return size;
    }

    /** The first event, or null when none waits. */
    ScheduledEvent peek() {
        return size == 0 ? null : heap[0];
    }

    void add(ScheduledEvent event) {
        if (size == heap.length) {
            int capacity = size * 2;
            heap = Arrays.copyOf(heap, capacity);
            instants = Arrays.copyOf(instants, capacity);
            sequences = Arrays.copyOf(sequences, capacity);
        }
        siftUp(size++, event, event.atNanos(), event.sequence());
    }

    /** Takes the first event off; null when none waits. */
    ScheduledEvent poll() {
        if (size == 0) {
            return null;
        }
        ScheduledEvent first = heap[0];
        removeAt(0);
        return first;
    }

    /** Takes {@code event} off if it waits here; false otherwise. */
    boolean remove(ScheduledEvent event) {
        int at = event.heapIndex();
        if (at < 0 || at >= size || heap[at] != event) {
            return false;
        }
        removeAt(at);
        return true;
    }

    private void removeAt(int at) {
        heap[at].heapIndex(-1);
        int last = --size;
        ScheduledEvent moved = heap[last];
        heap[last] = null;
        if (at == last) {
            return;
        }
        long instant = instants[last];
        long sequence = sequences[last];
        siftDown(at, moved, instant, sequence);
        if (heap[at] == moved) {
            siftUp(at, moved, instant, sequence);
        }
    }

    private void siftUp(int at, ScheduledEvent event, long instant, long sequence) {
        while (at > 0) {
            int parent = (at - 1) >>> 2;
            if (!precedes(instant, sequence, instants[parent], sequences[parent])) {
                break;
            }
            move(parent, at);
            at = parent;
        }
        place(at, event, instant, sequence);
    }

    private void siftDown(int at, ScheduledEvent event, long instant, long sequence) {
        while (true) {
            int first = 4 * at + 1;
            if (first >= size) {
                break;
            }
            int child = first;
            int end = Math.min(first + 4, size);
            for (int other = first + 1; other < end; other++) {
                if (precedes(instants[other], sequences[other], instants[child], sequences[child])) {
                    child = other;
                }
            }
            if (!precedes(instants[child], sequences[child], instant, sequence)) {
                break;
            }
            move(child, at);
            at = child;
        }
        place(at, event, instant, sequence);
    }

    /** Whether the first key comes before the second (sequences are unique, so two keys are never equal). */
    private static boolean precedes(long instant, long sequence, long otherInstant, long otherSequence) {
        return instant != otherInstant ? instant < otherInstant : sequence < otherSequence;
    }

    private void move(int from, int to) {
        place(to, heap[from], instants[from], sequences[from]);
    }

    private void place(int at, ScheduledEvent event, long instant, long sequence) {
        heap[at] = event;
        instants[at] = instant;
        sequences[at] = sequence;
        event.heapIndex(at);
    }
}
