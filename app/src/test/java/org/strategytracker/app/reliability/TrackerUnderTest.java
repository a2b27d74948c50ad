package org.strategytracker.app.reliability;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.strategytracker.app.StrategyTrackerApplication;

/**
 * The whole application (command and query side in one JVM) on a given PostgreSQL, signed in with
 * bearer tokens (OIDC mode; Basic costs a BCrypt hash per request), without the write rate limit.
 */
final class TrackerUnderTest implements AutoCloseable {

  private final KeyPair keys;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final ConfigurableApplicationContext context;
  final String office;
  final String editor;
  final String baseUrl;

  TrackerUnderTest(String jdbcUrl, String... extraArguments) {
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
      List<String> arguments =
          new ArrayList<>(
              List.of(
                  "--server.port=0",
                  "--spring.datasource.url=" + jdbcUrl,
                  "--spring.datasource.username=postgres",
                  "--tracker.catalogue.import-on-start=false",
                  "--tracker.security.mode=oidc",
                  "--tracker.security.demo-accounts=false",
                  "--tracker.security.writes-per-minute=100000000",
                  "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + pem));
      arguments.addAll(List.of(extraArguments));
      context =
          new SpringApplicationBuilder(StrategyTrackerApplication.class)
              .run(arguments.toArray(String[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    baseUrl =
        "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    office = token("office-1", List.of("STRATEGY_OFFICE"), List.of());
    editor = token("editor-61", List.of("EDITOR"), List.of("FB 61"));
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
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return "Bearer " + jwt.serialize();
  }

  HttpResponse<String> post(String token, String path, String json, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Authorization", token)
            .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    return send(request.build());
  }

  HttpResponse<String> get(String path) {
    return get(office, path);
  }

  HttpResponse<String> get(String token, String path) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", token)
            .GET()
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    context.close();
  }
}
