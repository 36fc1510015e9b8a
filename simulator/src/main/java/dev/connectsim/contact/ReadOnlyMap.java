package dev.connectsim.contact;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** A map that cannot be changed through it, reading the map its subclass names: the contact attributes' views. */
abstract class ReadOnlyMap<V> extends AbstractMap<String, V> {

    /** The map read now. */
    abstract Map<String, V> source();

    @Override
    public Set<Entry<String, V>> entrySet() {
        return Collections.unmodifiableMap(source()).entrySet();
    }

    @Override
    public V get(Object key) {
        return source().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return source().containsKey(key);
    }

    @Override
    public int size() {
        return source().size();
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super V> action) {
        source().forEach(action);
    }
}
