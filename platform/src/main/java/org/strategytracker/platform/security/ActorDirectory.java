package org.strategytracker.platform.security;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.events.measure.OrgUnit;

/**
 * Who is behind a pseudonymous actor id. Events never carry names; this table does, and it can be
 * erased on request (GDPR Art. 17) without breaking the hash chain or the history, which then shows
 * a former employee.
 */
public class ActorDirectory {

  /** Shown instead of an erased person's name. */
  public static final String FORMER_EMPLOYEE = "ehemalige:r Mitarbeiter:in";

  /**
   * How long this process trusts its own last write: every request passes through {@link
   * #remember}, and a write per request doubled the commits of every command.
   */
  private static final Duration REFRESH = Duration.ofMinutes(10);

  private final JdbcClient jdbc;
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  public ActorDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records or refreshes a person's name, unless they asked to be forgotten. Skipped when this
   * process recorded the same name, e-mail and units less than {@link #REFRESH} ago.
   */
  public void remember(TrackerUser user) {
    String units = user.units().stream().map(OrgUnit::code).collect(Collectors.joining(", "));
    Remembered now = new Remembered(user.displayName(), user.email(), units, System.nanoTime());
    Remembered last = remembered.get(user.actorId());
    if (last != null && last.sameAs(now) && now.nanos() - last.nanos() < REFRESH.toNanos()) {
      return;
    }
    jdbc.sql(
            """
            INSERT INTO actor_directory (actor_id, display_name, email, units) VALUES (?, ?, ?, ?)
            ON CONFLICT (actor_id) DO UPDATE
              SET display_name = EXCLUDED.display_name, email = EXCLUDED.email, units = EXCLUDED.units, last_seen = now()
              WHERE actor_directory.erased_at IS NULL""")
        .params(user.actorId(), user.displayName(), user.email(), units)
        .update();
    remembered.put(user.actorId(), now);
  }

  /** The name to show for an actor id, {@link #FORMER_EMPLOYEE} after erasure, empty if unknown. */
  public Optional<String> displayName(String actorId) {
    return jdbc.sql("SELECT display_name, erased_at FROM actor_directory WHERE actor_id = ?")
        .param(actorId)
        .query(
            (rs, row) ->
                rs.getTimestamp("erased_at") != null
                    ? FORMER_EMPLOYEE
                    : rs.getString("display_name"))
        .optional();
  }

  /**
   * Erases name and e-mail; the pseudonymous id stays in the events. Answers whether the actor was
   * known.
   */
  public boolean erase(String actorId) {
    remembered.remove(actorId);
    return jdbc.sql(
                "UPDATE actor_directory SET display_name = NULL, email = NULL, erased_at = now() WHERE actor_id = ?")
            .param(actorId)
            .update()
        > 0;
  }

  private record Remembered(String displayName, String email, String units, long nanos) {

    boolean sameAs(Remembered other) {
      return Objects.equals(displayName, other.displayName)
          && Objects.equals(email, other.email)
          && units.equals(other.units);
    }
  }
}
