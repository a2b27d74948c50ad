package org.strategytracker.command.reliability;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.command.CommandServiceApplication;
import org.strategytracker.command.support.Api;

/**
 * The command service on a fresh embedded PostgreSQL, signed in with bearer tokens (OIDC mode) —
 * Basic authentication costs a BCrypt hash per request, too slow for thousands of requests — and
 * without the write rate limit, so the tests measure the service and not the limiter.
 */
final class SignedInService implements AutoCloseable {

  private final KeyPair keys;
  private final ConfigurableApplicationContext context;
  final Api api;
  final String baseUrl;
  final JdbcClient jdbc;
  final Map<String, String> office;
  final Map<String, String> editor;

  SignedInService() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      keys = generator.generateKeyPair();
      Path pem = Files.createTempFile("reliability-issuer", ".pem");
      Files.writeString(
          pem,
          "-----BEGIN PUBLIC KEY-----\n"
              + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
              + "\n-----END PUBLIC KEY-----\n");
      context =
          new SpringApplicationBuilder(CommandServiceApplication.class)
              .run(
                  "--server.port=0",
                  "--tracker.database.embedded.ephemeral=true",
                  "--tracker.catalogue.import-on-start=false",
                  "--tracker.security.mode=oidc",
                  "--tracker.security.demo-accounts=false",
                  "--tracker.security.writes-per-minute=100000000",
                  "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + pem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    api = new Api(port);
    baseUrl = "http://localhost:" + port;
    jdbc = context.getBean(JdbcClient.class);
    office = Map.of("Authorization", token("office-1", List.of("STRATEGY_OFFICE"), List.of()));
    editor = Map.of("Authorization", token("editor-61", List.of("EDITOR"), List.of("FB 61")));
  }

  String token(String subject, List<String> roles, List<String> units) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject(subject)
            .claim("roles", roles)
            .claim("units", units)
            .claim("name", subject)
            .expirationTime(Date.from(Instant.now().plusSeconds(3600)))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    try {
      jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
    return "Bearer " + jwt.serialize();
  }

  /**
   * Everything the event store holds, as a fingerprint: number of events and the highest global
   * index.
   */
  String storeFingerprint() {
    return jdbc.sql(
            "SELECT count(*) || '/' || coalesce(max(global_index), 0) FROM domain_event_entry")
        .query(String.class)
        .single();
  }

  @Override
  public void close() {
    context.close();
  }
}
