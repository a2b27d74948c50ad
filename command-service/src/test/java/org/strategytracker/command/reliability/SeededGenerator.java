package org.strategytracker.command.reliability;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random test input from a fixed seed and a case number: the same pair always gives the same input,
 * so a failing case is replayed from the two numbers its test name carries. Small on purpose: a
 * choice, a weighted choice, numbers with their edge cases, and strings.
 */
final class SeededGenerator {

  private final Random random;

  SeededGenerator(long seed, int caseNumber) {
    this.random = new Random(seed * 1_000_003L + caseNumber);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** An int from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** One of the suppliers, each as likely as the others. */
  @SafeVarargs
  final <T> T oneOf(Supplier<? extends T>... choices) {
    return choices[random.nextInt(choices.length)].get();
  }

  /** A supplier chosen by weight: {@code weighted(3, a, 1, b)} picks a three times as often. */
  <T> T weighted(int weightA, Supplier<? extends T> a, int weightB, Supplier<? extends T> b) {
    return random.nextInt(weightA + weightB) < weightA ? a.get() : b.get();
  }

  <T> T weighted(
      int weightA,
      Supplier<? extends T> a,
      int weightB,
      Supplier<? extends T> b,
      int weightC,
      Supplier<? extends T> c) {
    int draw = random.nextInt(weightA + weightB + weightC);
    return draw < weightA ? a.get() : draw < weightA + weightB ? b.get() : c.get();
  }

  /** Any int, edge values (0, ±1, minimum, maximum) one time in five. */
  int anyInt() {
    return chance(0.2)
        ? pick(List.of(0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE))
        : random.nextInt();
  }

  /** Any long, edge values one time in five. */
  long anyLong() {
    return chance(0.2)
        ? pick(List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE))
        : random.nextLong();
  }

  /** Any double, edge values (NaN, infinities, -0, extremes) one time in five. */
  double anyDouble() {
    if (chance(0.2)) {
      return pick(
          List.of(
              0.0,
              -0.0,
              Double.NaN,
              Double.POSITIVE_INFINITY,
              Double.NEGATIVE_INFINITY,
              Double.MIN_VALUE,
              Double.MAX_VALUE,
              -Double.MAX_VALUE));
    }
    return (random.nextDouble() - 0.5) * Math.pow(10, between(-10, 300));
  }

  /** Up to {@code maxLength} chars of the whole UTF-16 range, lone surrogates and NUL included. */
  String anyString(int maxLength) {
    return string(0, maxLength, Character.MIN_VALUE, Character.MAX_VALUE);
  }

  /** From {@code minLength} to {@code maxLength} chars between {@code from} and {@code to}. */
  String string(int minLength, int maxLength, char from, char to) {
    int length = chance(0.1) ? minLength : between(minLength, maxLength);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) between(from, to));
    }
    return text.toString();
  }
}
