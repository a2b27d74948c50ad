package org.strategytracker.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplayTest {

  @Test
  void readsTheIndexOfAPlainToken() {
    assertThat(Replay.position("{\"index\":428,\"gaps\":[]}")).isEqualTo(428);
  }

  @Test
  void readsTheReachedPositionOfAReplayTokenNotTheHeadAtTheReset() {
    String replaying =
        "{\"tokenAtReset\":{\"index\":200000,\"gaps\":[]},"
            + "\"currentToken\":{\"index\":2576,\"gaps\":[17]},\"context\":null}";
    assertThat(Replay.position(replaying)).isEqualTo(2576);
  }

  @Test
  void countsAReplayThatHasNotStartedAsPositionZero() {
    assertThat(
            Replay.position(
                "{\"tokenAtReset\":{\"index\":200000,\"gaps\":[]},\"currentToken\":null}"))
        .isZero();
  }

  @Test
  void knowsNoPositionOfAnEmptyToken() {
    assertThat(Replay.position("")).isEqualTo(-1);
  }
}
