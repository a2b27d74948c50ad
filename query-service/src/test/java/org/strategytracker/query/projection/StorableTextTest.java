package org.strategytracker.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

  @Test
  void replacesNulAndUnpairedSurrogatesAndKeepsEverythingElse() {
    assertThat(StorableText.of("a\u0000b")).isEqualTo("a\uFFFDb");
    assertThat(StorableText.of("\uD800x\uDC00")).isEqualTo("\uFFFDx\uFFFD");
    assertThat(StorableText.of("Ende\uD83D")).isEqualTo("Ende\uFFFD");
    String kept = "Straße \uD83D\uDE80 Tab\tZeile\nEnde";
    assertThat(StorableText.of(kept)).isSameAs(kept);
    assertThat(StorableText.replaces(kept)).isFalse();
    assertThat(StorableText.of(null)).isNull();
  }

  @Test
  void makesOnlyTheTextParametersOfAStatementStorable() {
    Object[] params = {"a\u0000b", 7L, null, "gut"};

    Object[] storable = StorableText.params(params);

    assertThat(storable).containsExactly("a\uFFFDb", 7L, null, "gut");
    assertThat(params[0]).isEqualTo("a\u0000b");
    Object[] clean = {"gut", 1};
    assertThat(StorableText.params(clean)).isSameAs(clean);
  }
}
