package org.strategytracker.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class LruCacheTest {

  @Test
  void dropsTheLeastRecentlyUsedEntryWhenFull() {
    LruCache cache = new LruCache(2);
    cache.put("a", 1);
    cache.put("b", 2);
    assertThat(cache.<String, Integer>get("a")).isEqualTo(1);

    cache.put("c", 3);

    assertThat(cache.containsKey("a")).isTrue();
    assertThat(cache.containsKey("b")).isFalse();
    assertThat(cache.containsKey("c")).isTrue();
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void putIfAbsentKeepsTheExistingValue() {
    LruCache cache = new LruCache(10);
    assertThat(cache.putIfAbsent("a", 1)).isTrue();
    assertThat(cache.putIfAbsent("a", 2)).isFalse();
    assertThat(cache.<String, Integer>get("a")).isEqualTo(1);
  }

  @Test
  void removesAndTellsListeners() {
    LruCache cache = new LruCache(1);
    List<String> heard = new ArrayList<>();
    cache.registerCacheEntryListener(
        new Cache.EntryListenerAdapter() {
          @Override
          public void onEntryRemoved(Object key) {
            heard.add("removed " + key);
          }

          @Override
          public void onEntryExpired(Object key) {
            heard.add("expired " + key);
          }
        });
    cache.put("a", 1);
    cache.put("b", 2);
    assertThat(cache.remove("b")).isTrue();
    assertThat(cache.remove("b")).isFalse();

    assertThat(heard).containsExactly("expired a", "removed b");
  }

  @Test
  void refusesACapacityBelowOne() {
    assertThatThrownBy(() -> new LruCache(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
