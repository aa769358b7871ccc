package io.personae.analytics.importer;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/// A map made on first use: every call, the `Object` ones included, goes to the map `make` gives,
/// which is asked for once, however many threads come first.
///
/// [Transactions] keeps the views by key and by text that it can work out from the numbers the
/// importer gives in one of these: the per-customer step reads only the numbers, so the import
/// no longer spells a `String` per order and column nor hashes every customer key for views that
/// nobody asks for on that path.
///
/// decision: the whole map is made at once, not one column on its first `get`. Then the map that
/// answers is the very map the eager code made (`Collections.unmodifiableMap`, `Map.ofEntries`):
/// its `null` keys, its refusals of every change, its order, `equals`, `hashCode` and `toString`
/// stay exactly as they were, where a map written to spell column by column would have to copy
/// each of those by hand; and a caller who wants the text of one column mostly wants the others.
final class LazyMap<K, V> implements Map<K, V> {

    private final Object lock = new Object();
    /// Guarded by `lock`; dropped once the map is made.
    private Supplier<Map<K, V>> make;
    private volatile Map<K, V> made;

    LazyMap(Supplier<Map<K, V>> make) {
        this.make = make;
    }

    private Map<K, V> map() {
        Map<K, V> map = made;
        if (map == null) {
            synchronized (lock) {
                map = made;
                if (map == null) {
                    map = make.get();
                    made = map;
                    make = null;
                }
            }
        }
        return map;
    }

    @Override
    public int size() {
        return map().size();
    }

    @Override
    public boolean isEmpty() {
        return map().isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return map().containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return map().containsValue(value);
    }

    @Override
    public V get(Object key) {
        return map().get(key);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return map().getOrDefault(key, defaultValue);
    }

    @Override
    public V put(K key, V value) {
        return map().put(key, value);
    }

    @Override
    public V remove(Object key) {
        return map().remove(key);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        map().putAll(m);
    }

    @Override
    public void clear() {
        map().clear();
    }

    @Override
    public Set<K> keySet() {
        return map().keySet();
    }

    @Override
    public Collection<V> values() {
        return map().values();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return map().entrySet();
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        map().forEach(action);
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        map().replaceAll(function);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return map().putIfAbsent(key, value);
    }

    @Override
    public boolean remove(Object key, Object value) {
        return map().remove(key, value);
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        return map().replace(key, oldValue, newValue);
    }

    @Override
    public V replace(K key, V value) {
        return map().replace(key, value);
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        return map().computeIfAbsent(key, mappingFunction);
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        return map().computeIfPresent(key, remappingFunction);
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        return map().compute(key, remappingFunction);
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        return map().merge(key, value, remappingFunction);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || map().equals(o);
    }

    @Override
    public int hashCode() {
        return map().hashCode();
    }

    @Override
    public String toString() {
        return map().toString();
    }
}
