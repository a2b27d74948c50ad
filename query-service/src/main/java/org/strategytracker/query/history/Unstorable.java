package org.strategytracker.query.history;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.strategytracker.query.projection.StorableText;

/**
 * An entry whose event carried a character the read model cannot store (U+0000, an unpaired
 * surrogate; see {@link StorableText}): the entry is written with U+FFFD in its place, and its
 * summary says that the original text differed, so that an auditor does not take the stored text
 * for what was entered. The changes get the replacement too: they are stored as JSON, which would
 * keep the character escaped and hand it on to every reader.
 */
final class Unstorable {

  static final String NOTE =
      " (Hinweis: Der ursprüngliche Text enthielt ein Zeichen, das nicht dargestellt werden kann;"
          + " es wurde durch „"
          + StorableText.REPLACEMENT
          + "“ ersetzt.)";

  private Unstorable() {}

  /** {@code described} as it can be stored, noted if it or any of {@code others} had to change. */
  static Described noted(Described described, String... others) {
    Stream<String> texts =
        Stream.concat(
            Stream.of(described.summary(), described.reason()),
            Stream.concat(
                described.changes().stream().flatMap(c -> Stream.of(c.from(), c.to())),
                Arrays.stream(others)));
    if (texts.noneMatch(StorableText::replaces)) {
      return described;
    }
    List<Change> changes =
        described.changes().stream()
            .map(c -> new Change(c.field(), StorableText.of(c.from()), StorableText.of(c.to())))
            .toList();
    return new Described(
        StorableText.of(described.summary()) + NOTE, changes, StorableText.of(described.reason()));
  }
}
