package org.strategytracker.command.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.command.support.Api;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false"
    })
class MeasureApiIntegrationTest {

  static final Map<String, String> OFFICE = Api.as("strategie");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void registersAMeasureAsAnEventInPostgres() {
    Api api = new Api(port);
    Api.Response response =
        api.post(
            "/api/v1/measures",
            Map.of(
                "id",
                "sportpark-soers-api",
                "title",
                "Sportpark Soers",
                "fieldOfAction",
                "Sport und Freizeit",
                "leadUnit",
                "FB 61",
                "priority",
                1,
                "period",
                "2022 - ?"),
            OFFICE);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.etag()).isEqualTo("\"1\"");
    String type =
        jdbc.sql(
                "SELECT pg_typeof(payload)::text FROM domain_event_entry WHERE aggregate_identifier = 'sportpark-soers-api'")
            .query(String.class)
            .single();
    assertThat(type).isEqualTo("bytea");
  }
}
