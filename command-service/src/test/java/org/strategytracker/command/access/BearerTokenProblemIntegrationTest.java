package org.strategytracker.command.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategytracker.command.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * A bearer token that does not pass is refused with the same German problem as every other error
 * (Spring Security's entry point for tokens sends an empty body), keeping its WWW-Authenticate.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=false",
      "tracker.security.mode=oidc",
      "tracker.security.demo-accounts=false"
    })
class BearerTokenProblemIntegrationTest {

  @DynamicPropertySource
  static void someoneElsesKey(DynamicPropertyRegistry registry) throws Exception {
    Path pem = Files.createTempFile("oidc-public", ".pem");
    Files.writeString(
        pem,
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(keys().getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
  }

  @LocalServerPort int port;

  @Test
  void refusesATokenSignedWithAnotherKeyWithGermanProblemJson() throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject("kc-fremd")
            .expirationTime(Date.from(Instant.now().plusSeconds(300)))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    jwt.sign(new RSASSASigner((RSAPrivateKey) keys().getPrivate()));

    Api.Response response =
        new Api(port)
            .send(
                "POST",
                "/api/v1/measures",
                "{}",
                Map.of("Authorization", "Bearer " + jwt.serialize()));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("title").asString()).isEqualTo("Anmeldung erforderlich");
    assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/measures");
    assertThat(problem.at("/errors/0/field").asString()).isEqualTo("Authorization");
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  private static KeyPair keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }
}
