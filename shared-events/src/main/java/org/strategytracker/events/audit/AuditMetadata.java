package org.strategytracker.events.audit;

/**
 * Keys of the audit metadata attached to every command and copied onto every event it causes.
 *
 * <p>The actor id is pseudonymous; names and e-mail addresses never travel with events.
 */
public final class AuditMetadata {

  /** Pseudonymous id of the person or system that caused the event. */
  public static final String ACTOR_ID = "actorId";

  /** Code of the organisation unit the actor acted for ("FB 61"). */
  public static final String ACTOR_UNIT = "actorUnit";

  /** Why the change was made, in the actor's words. */
  public static final String REASON = "reason";

  /** Where the change came from, see {@link Source}. */
  public static final String SOURCE = "source";

  /** The client's idempotency key, when it sent one. */
  public static final String IDEMPOTENCY_KEY = "idempotencyKey";

  /** Axon's correlation id: the message that started the chain. */
  public static final String CORRELATION_ID = "correlationId";

  private AuditMetadata() {}

  /** Where a change entered the system. */
  public enum Source {
    API,
    IMPORT,
    UI;

    public String value() {
      return name().toLowerCase();
    }
  }
}
