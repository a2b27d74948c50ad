package org.strategytracker.platform.eventstore;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * How Axon's Jackson 3 serializer reads events, snapshots and tokens here.
 *
 * <ul>
 *   <li>Tolerant reader: a field added to an event later never breaks an older reader.
 *   <li>Polymorphic types only from Axon, this project and the JDK: Axon's {@code ReplayToken}
 *       stores its reset context as {@code Object} with its class name, which Jackson 3 refuses by
 *       default — a token written during a replay could otherwise never be read back.
 * </ul>
 */
public final class TrackerJsonMapper implements Jackson3SerializerCustomizer {

  @Override
  public void accept(JsonMapper.Builder builder) {
    builder.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    builder.polymorphicTypeValidator(
        BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("org.axonframework.")
            .allowIfSubType("org.strategytracker.")
            .allowIfSubType("java.lang.")
            .allowIfSubType("java.util.")
            .allowIfSubType("java.time.")
            .build());
  }
}
