package org.strategytracker.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

class TrackerJsonMapperTest {

  final Jackson3Serializer serializer =
      Jackson3Serializer.builder().jsonMapperBuilderCustomizer(new TrackerJsonMapper()).build();

  @Test
  void readsBackAReplayTokenWrittenDuringAReplay() {
    TrackingToken token =
        ReplayToken.createReplayToken(
            new GlobalSequenceTrackingToken(1000),
            new GlobalSequenceTrackingToken(10),
            "Neuaufbau");
    SerializedObject<byte[]> stored = serializer.serialize(token, byte[].class);

    TrackingToken read = serializer.deserialize(stored);

    assertThat(read).isEqualTo(token);
  }

  @Test
  void withoutItJackson3RefusesTheReplayTokensContext() {
    Jackson3Serializer plain = Jackson3Serializer.builder().build();
    TrackingToken token =
        ReplayToken.createReplayToken(
            new GlobalSequenceTrackingToken(1000),
            new GlobalSequenceTrackingToken(10),
            "Neuaufbau");
    SerializedObject<byte[]> stored = plain.serialize(token, byte[].class);

    assertThatThrownBy(() -> plain.deserialize(stored))
        .hasStackTraceContaining("denies resolution");
  }

  @Test
  void ignoresFieldsAddedByANewerWriter() {
    SerializedObject<byte[]> stored =
        serializer.serialize(new GlobalSequenceTrackingToken(7), byte[].class);
    String json = new String(stored.getData()).replace("}", ",\"addedLater\":true}");
    var changed =
        new org.axonframework.serialization.SimpleSerializedObject<>(
            json.getBytes(), byte[].class, stored.getType());

    assertThat((Object) serializer.deserialize(changed))
        .isEqualTo(new GlobalSequenceTrackingToken(7));
  }
}
