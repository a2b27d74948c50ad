package org.strategytracker.command.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategytracker.command.support.Api;
import org.strategytracker.platform.security.ActorDirectory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Production sign-in: bearer tokens of an OpenID Connect provider, roles and units from their
 * claims.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false",
      "tracker.security.mode=oidc",
      "tracker.security.oidc.audience=strategy-tracker",
      "tracker.security.demo-accounts=false"
    })
class TokenAuthenticationIntegrationTest {

  static final KeyPair KEYS = keys();

  @DynamicPropertySource
  static void publicKey(DynamicPropertyRegistry registry) throws IOException {
    Path pem = Files.createTempFile("oidc-public", ".pem");
    Files.writeString(
        pem,
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ActorDirectory directory;

  static String token(String subject, List<String> roles, List<String> units) throws Exception {
    return signed(claims(subject, roles).claim("units", units).build());
  }

  /** A well-formed token's claims, for tests to break one of them. */
  static JWTClaimsSet.Builder claims(String subject, List<String> roles) {
    return new JWTClaimsSet.Builder()
        .subject(subject)
        .issuer("https://login.aachen.example")
        .audience(List.of("account", "strategy-tracker"))
        .claim("roles", roles)
        .claim("name", "Erika Mustermann")
        .claim("email", "erika@aachen.example")
        .expirationTime(Date.from(Instant.now().plusSeconds(300)));
  }

  static String signed(JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
    return "Bearer " + jwt.serialize();
  }

  @Test
  void actsWithTheTokensSubjectRolesAndUnits() throws Exception {
    Api api = new Api(port);
    Map<String, String> office =
        Map.of("Authorization", token("kc-office-1", List.of("STRATEGY_OFFICE"), List.of()));
    assertThat(
            api.post(
                    "/api/v1/measures",
                    Map.of(
                        "id",
                        "mobilfunk",
                        "title",
                        "Mobilfunk Standorterfassung",
                        "fieldOfAction",
                        "Ausbau digitaler Infrastruktur",
                        "leadUnit",
                        "FB 02",
                        "priority",
                        2),
                    office)
                .status())
        .isEqualTo(201);

    Map<String, String> fb02 =
        Map.of("Authorization", token("kc-7a1f", List.of("EDITOR"), List.of("FB 02")));
    assertThat(
            api.post(
                    "/api/v1/measures/mobilfunk/progress",
                    Map.of("percentComplete", 15, "health", "GREEN"),
                    fb02)
                .status())
        .isEqualTo(200);
    Map<String, String> fb61 =
        Map.of("Authorization", token("kc-9b2c", List.of("EDITOR"), List.of("FB 61")));
    assertThat(
            api.post(
                    "/api/v1/measures/mobilfunk/progress",
                    Map.of("percentComplete", 20, "health", "GREEN"),
                    fb61)
                .status())
        .isEqualTo(403);

    byte[] metadata =
        jdbc.sql(
                "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = 'mobilfunk' AND sequence_number = 1")
            .query(byte[].class)
            .single();
    var audit = JsonMapper.builder().build().readTree(metadata);
    assertThat(audit.get("actorId").asString()).isEqualTo("kc-7a1f");
    assertThat(audit.get("actorUnit").asString()).isEqualTo("FB 02");
    assertThat(new String(metadata)).doesNotContain("Erika").doesNotContain("erika@");
    assertThat(directory.displayName("kc-7a1f")).contains("Erika Mustermann");
  }

  /**
   * Changes one character in the middle of the signature (the last one may only carry padding
   * bits).
   */
  static String forge(String bearer) {
    int middle = bearer.lastIndexOf('.') + (bearer.length() - bearer.lastIndexOf('.')) / 2;
    char replacement = bearer.charAt(middle) == 'A' ? 'B' : 'A';
    return bearer.substring(0, middle) + replacement + bearer.substring(middle + 1);
  }

  @Test
  void refusesForgedAndMissingTokens() throws Exception {
    Api api = new Api(port);
    String forged = forge(token("kc-x", List.of("STRATEGY_OFFICE"), List.of()));
    assertThat(
            api.post("/api/v1/measures", Map.of("title", "X"), Map.of("Authorization", forged))
                .status())
        .isEqualTo(401);
    assertThat(api.post("/api/v1/measures", Map.of("title", "X"), Map.of()).status())
        .isEqualTo(401);
    assertThat(api.post("/api/v1/measures", Map.of("title", "X"), Api.as("strategie")).status())
        .as("no local accounts in OIDC mode")
        .isEqualTo(401);
  }

  static final Map<String, Object> NEW_MEASURE =
      Map.of("title", "T", "fieldOfAction", "F", "leadUnit", "FB 61", "priority", 2);

  long events() {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
  }

  /** A write and a read with the token: both refused as unauthenticated, nothing stored. */
  void assertRefused(String bearer) {
    Api api = new Api(port);
    long before = events();
    Api.Response write = api.post("/api/v1/measures", NEW_MEASURE, Map.of("Authorization", bearer));
    assertThat(write.status()).as(write.body()).isEqualTo(401);
    assertThat(write.contentType()).startsWith("application/problem+json");
    Api.Response read =
        api.send("GET", "/api/v1/measures/unknown", null, Map.of("Authorization", bearer));
    assertThat(read.status()).as(read.body()).isEqualTo(401);
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void refusesATokenIssuedForAnotherAudience() throws Exception {
    assertRefused(
        signed(claims("kc-office-3", List.of("STRATEGY_OFFICE")).audience("other-app").build()));
    assertRefused(
        signed(
            claims("kc-office-3", List.of("STRATEGY_OFFICE")).audience(List.<String>of()).build()));
  }

  @Test
  void refusesATokenWithoutExpiry() throws Exception {
    assertRefused(
        signed(claims("kc-office-4", List.of("STRATEGY_OFFICE")).expirationTime(null).build()));
  }

  @Test
  void refusesATokenWithoutOrWithAnEmptySubject() throws Exception {
    assertRefused(signed(claims(null, List.of("STRATEGY_OFFICE")).build()));
    assertRefused(signed(claims("", List.of("STRATEGY_OFFICE")).build()));
    assertRefused(signed(claims("  ", List.of("STRATEGY_OFFICE")).build()));
  }

  @Test
  void refusesATokenWithUnitsOfAnUnexpectedShape() throws Exception {
    assertRefused(
        signed(claims("kc-5", List.of("EDITOR")).claim("units", Map.of("FB", 61)).build()));
    assertRefused(signed(claims("kc-5", List.of("EDITOR")).claim("units", List.of(61)).build()));
    assertRefused(signed(claims("kc-5", List.of("EDITOR")).claim("units", List.of("!!")).build()));
  }

  @Test
  void erasesPersonalDataButKeepsTheHistory() throws Exception {
    Api api = new Api(port);
    Map<String, String> office =
        Map.of("Authorization", token("kc-office-2", List.of("STRATEGY_OFFICE"), List.of()));
    Map<String, String> leaver =
        Map.of("Authorization", token("kc-leaver", List.of("EDITOR"), List.of("FB 02")));
    api.post(
        "/api/v1/measures",
        Map.of(
            "id",
            "gigabitausbau",
            "title",
            "Gigabitausbau",
            "fieldOfAction",
            "Ausbau digitaler Infrastruktur",
            "leadUnit",
            "FB 02",
            "priority",
            1),
        office);
    api.post(
        "/api/v1/measures/gigabitausbau/progress",
        Map.of("percentComplete", 40, "health", "AMBER"),
        leaver);
    long events =
        jdbc.sql(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'gigabitausbau'")
            .query(Long.class)
            .single();

    assertThat(
            api.send("DELETE", "/api/v1/admin/actors/kc-leaver/personal-data", null, leaver)
                .status())
        .isEqualTo(403);
    assertThat(
            api.send("DELETE", "/api/v1/admin/actors/kc-leaver/personal-data", null, office)
                .status())
        .isEqualTo(204);

    assertThat(directory.displayName("kc-leaver")).contains(ActorDirectory.FORMER_EMPLOYEE);
    assertThat(
            jdbc.sql("SELECT email FROM actor_directory WHERE actor_id = 'kc-leaver'")
                .query(String.class)
                .optional())
        .isEmpty();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'gigabitausbau'")
                .query(Long.class)
                .single())
        .isEqualTo(events);
    api.post(
        "/api/v1/measures/gigabitausbau/progress",
        Map.of("percentComplete", 45, "health", "AMBER"),
        leaver);
    assertThat(directory.displayName("kc-leaver"))
        .as("an erased person is not re-recorded")
        .contains(ActorDirectory.FORMER_EMPLOYEE);
  }

  private static KeyPair keys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
