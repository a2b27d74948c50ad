package org.strategytracker.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strategytracker.query.support.QueryApi;
import org.strategytracker.query.support.QueryServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * Request parameters a query cannot answer are 400 problem+json naming the parameter, never a 500:
 * control characters in free text (PostgreSQL refuses U+0000) and days outside 1900–2200.
 */
@QueryServiceTest
class QueryParametersIntegrationTest {

  @LocalServerPort int port;
  QueryApi api;

  @BeforeEach
  void setUp() {
    api = new QueryApi(port);
  }

  static Stream<Arguments> controlCharacters() {
    return Stream.of(
        Arguments.of("/api/v1/measures?text=%00", "text"),
        Arguments.of("/api/v1/measures?text=a%00b", "text"),
        Arguments.of("/api/v1/measures?fieldOfAction=%00", "fieldOfAction"),
        Arguments.of("/api/v1/measures?asOf=2024-06-30&text=%00", "text"),
        Arguments.of("/api/v1/history?actor=%00", "actor"),
        Arguments.of("/api/v1/history?type=%01", "type"),
        Arguments.of("/api/v1/measures?text=%ED%A0%80", "text"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controlCharacters")
  void rejectsControlCharactersInFreeTextParameters(String path, String parameter) {
    assertRejected(path, parameter);
  }

  static Stream<Arguments> daysOutOfRange() {
    return Stream.of(
        Arguments.of("/api/v1/measures?asOf=%2B999999999-12-31", "asOf"),
        Arguments.of("/api/v1/measures?asOf=-999999999-01-01", "asOf"),
        Arguments.of("/api/v1/measures?asOf=1899-12-31", "asOf"),
        Arguments.of(
            "/api/v1/measures?asOf=2024-06-30&knownAt=%2B999999999-12-31T23:59:59Z", "knownAt"),
        Arguments.of("/api/v1/measures?asOf=2024-06-30&knownAt=2201-01-01", "knownAt"),
        Arguments.of("/api/v1/dashboard?asOf=%2B999999999-12-31", "asOf"),
        Arguments.of("/api/v1/dashboard?asOf=-999999999-01-01", "asOf"),
        Arguments.of(
            "/api/v1/dashboard?asOf=2024-06-30&knownAt=%2B999999999-12-31T23:59:59Z", "knownAt"),
        Arguments.of("/api/v1/reports/status?asOf=%2B999999999-12-31", "asOf"),
        Arguments.of("/api/v1/reports/status?asOf=-999999999-01-01", "asOf"),
        Arguments.of("/api/v1/reports/status?knownAt=%2B999999999-12-31T23:59:59Z", "knownAt"),
        Arguments.of("/api/v1/reports/changes?from=-999999999-01-01&to=2024-01-01", "from"),
        Arguments.of("/api/v1/reports/changes?from=2024-01-01&to=%2B999999999-12-31", "to"),
        Arguments.of("/api/v1/history?from=-999999999-01-01", "from"),
        Arguments.of("/api/v1/history?to=%2B999999999-12-31T23:59:59Z", "to"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("daysOutOfRange")
  void rejectsDaysOutsideTheYearsOfACityStrategy(String path, String parameter) {
    assertRejected(path, parameter);
  }

  private void assertRejected(String path, String parameter) {
    QueryApi.Response response = api.get(path, QueryApi.as("strategie"));
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.header("content-type")).startsWith("application/problem+json");
    JsonNode error = response.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo(parameter);
    assertThat(error.get("message").asString()).contains(parameter);
  }
}
