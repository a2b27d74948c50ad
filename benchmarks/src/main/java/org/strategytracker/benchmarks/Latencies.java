package org.strategytracker.benchmarks;

import java.util.Arrays;

/** Latencies of one phase, in nanoseconds, and their percentiles. */
final class Latencies {

  private long[] values = new long[1024];
  private int count;

  synchronized void add(long nanos) {
    if (count == values.length) {
      values = Arrays.copyOf(values, count * 2);
    }
    values[count++] = nanos;
  }

  synchronized void addAll(Latencies other) {
    for (int i = 0; i < other.count; i++) {
      add(other.values[i]);
    }
  }

  synchronized int count() {
    return count;
  }

  /** The p-th percentile in milliseconds (p from 0 to 100). */
  synchronized double percentileMillis(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    int index = (int) Math.min(count - 1, Math.max(0, Math.ceil(p / 100.0 * count) - 1));
    return sorted[index] / 1e6;
  }
}
