package org.strategytracker.query.projection;

/**
 * Text as the read model's columns can hold it. PostgreSQL's text columns refuse U+0000, and an
 * unpaired surrogate has no UTF-8 form at all (the driver would silently send "?"). The write side
 * rejects both, but events stored before it did still have to be projected: a write that failed on
 * such a character dead-lettered the event and, behind it, every later event of its measure. So
 * every projection write replaces them with U+FFFD ({@link BatchedWrites}), and the history says so
 * where it happened.
 */
public final class StorableText {

  /** What stands in for a character that cannot be stored. */
  public static final char REPLACEMENT = '\uFFFD';

  private StorableText() {}

  /** {@code text} with every character a text column cannot hold replaced; null stays null. */
  public static String of(String text) {
    if (!replaces(text)) {
      return text;
    }
    StringBuilder storable = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (paired(text, i)) {
        storable.append(c).append(text.charAt(++i));
      } else {
        storable.append(unstorable(c) ? REPLACEMENT : c);
      }
    }
    return storable.toString();
  }

  /** Whether {@link #of} changes {@code text}. */
  public static boolean replaces(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (paired(text, i)) {
        i++;
      } else if (unstorable(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The statement parameters with their texts made storable; the same array if none changes. */
  static Object[] params(Object[] params) {
    Object[] storable = params;
    for (int i = 0; i < params.length; i++) {
      if (params[i] instanceof String text && replaces(text)) {
        if (storable == params) {
          storable = params.clone();
        }
        storable[i] = of(text);
      }
    }
    return storable;
  }

  private static boolean paired(String text, int i) {
    return Character.isHighSurrogate(text.charAt(i))
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1));
  }

  private static boolean unstorable(char c) {
    return c == '\u0000' || Character.isSurrogate(c);
  }
}
