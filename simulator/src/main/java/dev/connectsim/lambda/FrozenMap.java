package dev.connectsim.lambda;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * An unmodifiable map held as two arrays, its string keys in alphabetical order (keys of other kinds stay in the
 * order given): what a Lambda event, a Lambda reply and {@code $.External} hold. A call makes a few of these, each read a handful of times, so they
 * cost two arrays instead of a hash table, its entries and an unmodifiable wrapper. What goes in is frozen too (frozen
 * maps and lists, strings, numbers, booleans, ContactData's records; a reply's value of any other kind is kept only to
 * be refused by the JSON check), so a deep copy of one is the map itself.
 *
 * <p>Design note: maps of JSON objects have a few keys, so {@link #get} reads them in turn; when the keys are
 * strings in ascending order (as {@link #copyOf} makes them) and there are more than {@value #SCANNED}, it
 * searches by halves instead.
 */
final class FrozenMap<K, V> extends AbstractMap<K, V> {

    /** Up to this many keys, a lookup reads them one by one. */
    private static final int SCANNED = 8;
    /** Up to this many keys, a copy sorts them by insertion. */
    private static final int INSERTION_SORTED = 32;
    private static final FrozenMap<?, ?> EMPTY = new FrozenMap<>(new Object[0], new Object[0], true);

    private final Object[] keys;
    private final Object[] values;
    private final boolean ascendingStrings;

    private FrozenMap(Object[] keys, Object[] values, boolean ascendingStrings) {
        this.keys = keys;
        this.values = values;
        this.ascendingStrings = ascendingStrings;
    }

    @SuppressWarnings("unchecked")
    static <K, V> FrozenMap<K, V> empty() {
        return (FrozenMap<K, V>) EMPTY;
    }

    /**
     * The first {@code size} keys and values of the arrays, which the new map owns from now on. Keys that are all
     * strings end in ascending order, as {@link #copyOf} puts them.
     */
    static <K, V> FrozenMap<K, V> own(Object[] keys, Object[] values, int size) {
        if (size == 0) {
            return empty();
        }
        Object[] k = size == keys.length ? keys : Arrays.copyOf(keys, size);
        Object[] v = size == values.length ? values : Arrays.copyOf(values, size);
        return sorted(k, v);
    }

    /**
     * A copy of {@code map}, each value passed through {@code copy}: its keys in ascending order when they are all
     * strings (a JSON object's keys, which Connect sends in no promised order), else in the map's own order.
     */
    static <K, V> FrozenMap<K, V> copyOf(Map<?, ?> map, Function<Object, ?> copy) {
        int size = map.size();
        if (size == 0) {
            return empty();
        }
        Object[] keys = new Object[size];
        Object[] values = new Object[size];
        int[] filled = {0};
        map.forEach((key, value) -> {
            keys[filled[0]] = key;
            values[filled[0]++] = copy.apply(value);
        });
        return sorted(keys, values);
    }

    /** A map over the arrays, their string keys sorted first; keys not all strings keep their order. */
    private static <K, V> FrozenMap<K, V> sorted(Object[] keys, Object[] values) {
        boolean strings = true;
        for (Object key : keys) {
            strings &= key instanceof String;
        }
        if (strings) {
            sortByKey(keys, values);
        }
        return new FrozenMap<>(keys, values, strings);
    }

    /**
     * Sorts both arrays by the string keys: by insertion when they are few (a JSON object's keys usually are, and
     * often in order already), else by merging, so a reply with thousands of keys is not sorted in quadratic time.
     */
    private static void sortByKey(Object[] keys, Object[] values) {
        if (keys.length > INSERTION_SORTED) {
            Integer[] order = new Integer[keys.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> ((String) keys[a]).compareTo((String) keys[b]));
            Object[] sortedKeys = new Object[keys.length];
            Object[] sortedValues = new Object[keys.length];
            for (int i = 0; i < order.length; i++) {
                sortedKeys[i] = keys[order[i]];
                sortedValues[i] = values[order[i]];
            }
            System.arraycopy(sortedKeys, 0, keys, 0, keys.length);
            System.arraycopy(sortedValues, 0, values, 0, values.length);
            return;
        }
        for (int i = 1; i < keys.length; i++) {
            String key = (String) keys[i];
            if (((String) keys[i - 1]).compareTo(key) <= 0) {
                continue;
            }
            Object value = values[i];
            int j = i - 1;
            while (j >= 0 && ((String) keys[j]).compareTo(key) > 0) {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
                j--;
            }
            keys[j + 1] = key;
            values[j + 1] = value;
        }
    }

    int indexOf(Object key) {
        if (ascendingStrings && keys.length > SCANNED && key instanceof String wanted) {
            int low = 0;
            int high = keys.length - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int order = ((String) keys[middle]).compareTo(wanted);
                if (order == 0) {
                    return middle;
                }
                if (order < 0) {
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            return -1;
        }
        for (int i = 0; i < keys.length; i++) {
            if (Objects.equals(keys[i], key)) {
                return i;
            }
        }
        return -1;
    }

    Object keyAt(int index) {
        return keys[index];
    }

    Object valueAt(int index) {
        return values[index];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int index = indexOf(key);
        return index < 0 ? null : (V) values[index];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept((K) keys[i], (V) values[i]);
        }
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<K, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int index = next++;
                        return new SimpleImmutableEntry<>((K) keys[index], (V) values[index]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
