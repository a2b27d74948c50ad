package org.strategytracker.platform.axon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.strategytracker.events.audit.AuditMetadata;

/** Copies the audit metadata of a command onto every event the command causes. */
public class AuditCorrelationDataProvider implements CorrelationDataProvider {

  private static final List<String> KEYS =
      List.of(
          AuditMetadata.ACTOR_ID,
          AuditMetadata.ACTOR_UNIT,
          AuditMetadata.REASON,
          AuditMetadata.SOURCE,
          AuditMetadata.IDEMPOTENCY_KEY);

  @Override
  public Map<String, ?> correlationDataFor(Message<?> message) {
    Map<String, Object> data = new HashMap<>();
    for (String key : KEYS) {
      Object value = message.getMetaData().get(key);
      if (value != null) {
        data.put(key, value);
      }
    }
    return data;
  }
}
