package org.strategytracker.platform.axon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * A bounded, least-recently-used cache for Axon's caching repositories.
 *
 * <p>It exists so that a command does not reload its aggregate from the event store each time:
 * loading a measure read the latest snapshot plus up to 50 events and deserialised them, most of a
 * command's time in the database. Axon's own {@code WeakReferenceCache} loses its entries at every
 * garbage collection, and a cache library for one map is not worth a dependency. Correctness does
 * not depend on the cache: Axon drops an entry when its unit of work rolls back, and a write based
 * on a stale entry (another command node appended meanwhile) fails on the event store's unique
 * (aggregate, sequence) key and is answered 409.
 */
public final class LruCache implements Cache {

  private final Map<Object, Object> entries;
  private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

  public LruCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
            boolean full = size() > capacity;
            if (full) {
              listeners.forEach(listener -> listener.onEntryExpired(eldest.getKey()));
            }
            return full;
          }
        };
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized <K, V> V get(K key) {
    V value = (V) entries.get(key);
    if (value != null) {
      listeners.forEach(listener -> listener.onEntryRead(key, value));
    }
    return value;
  }

  @Override
  public synchronized void put(Object key, Object value) {
    boolean updated = entries.put(key, value) != null;
    listeners.forEach(
        listener -> {
          if (updated) {
            listener.onEntryUpdated(key, value);
          } else {
            listener.onEntryCreated(key, value);
          }
        });
  }

  @Override
  public synchronized boolean putIfAbsent(Object key, Object value) {
    if (entries.containsKey(key)) {
      return false;
    }
    put(key, value);
    return true;
  }

  @Override
  public synchronized boolean remove(Object key) {
    boolean removed = entries.remove(key) != null;
    if (removed) {
      listeners.forEach(listener -> listener.onEntryRemoved(key));
    }
    return removed;
  }

  @Override
  public synchronized void removeAll() {
    List.copyOf(entries.keySet()).forEach(this::remove);
  }

  @Override
  public synchronized boolean containsKey(Object key) {
    return entries.containsKey(key);
  }

  public synchronized int size() {
    return entries.size();
  }

  @Override
  public Registration registerCacheEntryListener(EntryListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
