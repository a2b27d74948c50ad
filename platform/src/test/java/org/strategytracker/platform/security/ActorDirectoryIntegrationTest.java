package org.strategytracker.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.strategytracker.events.measure.OrgUnit;
import org.strategytracker.platform.database.EmbeddedDatabase;
import org.strategytracker.platform.database.SchemaMigration;

/** The directory of names behind actor ids, on real PostgreSQL. */
class ActorDirectoryIntegrationTest {

  static EmbeddedDatabase database;
  static JdbcClient jdbc;

  @BeforeAll
  static void database() {
    database = EmbeddedDatabase.ephemeral();
    DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl());
    SchemaMigration.forModule(dataSource, "platform").migrate();
    jdbc = JdbcClient.create(dataSource);
  }

  @AfterAll
  static void stop() {
    database.close();
  }

  @Test
  void writesOnceForRepeatedRequestsOfTheSamePerson() {
    ActorDirectory directory = new ActorDirectory(jdbc);
    directory.remember(user("a-repeat", "Erika Muster", "FB 61"));
    String firstSeen = lastSeen("a-repeat");

    directory.remember(user("a-repeat", "Erika Muster", "FB 61"));

    assertThat(lastSeen("a-repeat")).isEqualTo(firstSeen);
  }

  @Test
  void recordsAChangedNameOrUnitAtOnce() {
    ActorDirectory directory = new ActorDirectory(jdbc);
    directory.remember(user("a-change", "Erika Muster", "FB 61"));

    directory.remember(user("a-change", "Erika Beispiel", "FB 61"));
    assertThat(directory.displayName("a-change")).contains("Erika Beispiel");

    directory.remember(user("a-change", "Erika Beispiel", "FB 45"));
    assertThat(jdbc.sql("SELECT units FROM actor_directory WHERE actor_id = 'a-change'"))
        .extracting(sql -> sql.query(String.class).single())
        .isEqualTo("FB 45");
  }

  @Test
  void neverRecordsAnErasedPersonAgain() {
    ActorDirectory directory = new ActorDirectory(jdbc);
    directory.remember(user("a-leaver", "Max Weg", "FB 11"));
    assertThat(directory.erase("a-leaver")).isTrue();

    directory.remember(user("a-leaver", "Max Weg", "FB 11"));

    assertThat(directory.displayName("a-leaver")).contains(ActorDirectory.FORMER_EMPLOYEE);
  }

  private static String lastSeen(String actorId) {
    return jdbc.sql("SELECT last_seen::text FROM actor_directory WHERE actor_id = ?")
        .param(actorId)
        .query(String.class)
        .single();
  }

  private static TrackerUser user(String actorId, String name, String unit) {
    return new TrackerUser(
        actorId,
        actorId,
        name,
        actorId + "@example.invalid",
        Set.of(Role.EDITOR),
        List.of(OrgUnit.of(unit)));
  }
}
