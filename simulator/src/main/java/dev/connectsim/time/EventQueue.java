package dev.connectsim.time;

import java.util.Arrays;

/**
 * The scheduler's waiting events: a binary min-heap ordered by (instant, sequence), where each event knows its
 * place, so that removing one (a cancel) costs O(log n) like adding one, instead of the search through every
 * waiting event that {@link java.util.PriorityQueue#remove(Object)} makes.
 */
final class EventQueue {

    private ScheduledEvent[] heap = new ScheduledEvent[64];
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
            heap = Arrays.copyOf(heap, size * 2);
        }
        siftUp(size++, event);
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
        ScheduledEvent removed = heap[at];
        removed.heapIndex(-1);
        ScheduledEvent last = heap[--size];
        heap[size] = null;
        if (at == size) {
            return;
        }
        siftDown(at, last);
        if (heap[at] == last) {
            siftUp(at, last);
        }
    }

    private void siftUp(int at, ScheduledEvent event) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            ScheduledEvent above = heap[parent];
            if (event.compareTo(above) >= 0) {
                break;
            }
            place(at, above);
            at = parent;
        }
        place(at, event);
    }

    private void siftDown(int at, ScheduledEvent event) {
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            ScheduledEvent smaller = heap[child];
            int right = child + 1;
            if (right < size && heap[right].compareTo(smaller) < 0) {
                child = right;
                smaller = heap[child];
            }
            if (event.compareTo(smaller) <= 0) {
                break;
            }
            place(at, smaller);
            at = child;
        }
        place(at, event);
    }

    private void place(int at, ScheduledEvent event) {
        heap[at] = event;
        event.heapIndex(at);
    }
}
