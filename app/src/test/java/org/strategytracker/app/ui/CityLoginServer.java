package org.strategytracker.app.ui;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small but real OpenID Connect provider over HTTP, standing in for the city's Keycloak in tests:
 * discovery, keys, an authorization endpoint that signs in a preset person at once, and a token
 * endpoint that checks the code, the redirect address and the PKCE verifier before it issues signed
 * ID and access tokens with the {@code roles} and {@code units} claims.
 */
final class CityLoginServer implements AutoCloseable {

  /** Who the next sign-in is. */
  record Person(String subject, String username, List<String> roles, List<String> units) {}

  private record Pending(String clientId, String redirectUri, String nonce, String challenge) {}

  final String issuer;
  final List<String> challengeMethods = new CopyOnWriteArrayList<>();
  final List<String> rejections = new CopyOnWriteArrayList<>();
  final List<String> endedSessions = new CopyOnWriteArrayList<>();
  volatile Person next;
  private final HttpServer server;
  private final RSAKey key;
  private final Map<String, Pending> codes = new ConcurrentHashMap<>();

  CityLoginServer() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("stadt-1").generate();
    server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    issuer = "http://localhost:" + server.getAddress().getPort() + "/realms/stadt";
    String base = "/realms/stadt";
    server.createContext(base + "/.well-known/openid-configuration", this::discovery);
    server.createContext(base + "/keys", e -> json(e, 200, new JWKSet(key).toJSONObject(true)));
    server.createContext(base + "/auth", this::authorize);
    server.createContext(base + "/token", this::token);
    server.createContext(base + "/logout", this::logout);
    server.start();
  }

  private void discovery(HttpExchange exchange) throws IOException {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("issuer", issuer);
    metadata.put("authorization_endpoint", issuer + "/auth");
    metadata.put("token_endpoint", issuer + "/token");
    metadata.put("jwks_uri", issuer + "/keys");
    metadata.put("end_session_endpoint", issuer + "/logout");
    metadata.put("response_types_supported", List.of("code"));
    metadata.put("subject_types_supported", List.of("public"));
    metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
    metadata.put("code_challenge_methods_supported", List.of("S256"));
    json(exchange, 200, metadata);
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    challengeMethods.add(String.valueOf(query.get("code_challenge_method")));
    String code = UUID.randomUUID().toString();
    codes.put(
        code,
        new Pending(
            query.get("client_id"),
            query.get("redirect_uri"),
            query.get("nonce"),
            query.get("code_challenge")));
    String back =
        query.get("redirect_uri")
            + "?code="
            + code
            + "&state="
            + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Location", back);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  /** Ends the provider's session and sends the browser back where the client asked. */
  private void logout(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    endedSessions.add(String.valueOf(query.get("client_id")));
    exchange.getResponseHeaders().add("Location", query.get("post_logout_redirect_uri"));
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> body =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Pending pending = codes.remove(String.valueOf(body.get("code")));
    String problem = check(body, pending);
    if (problem != null) {
      rejections.add(problem);
      json(exchange, 400, Map.of("error", "invalid_grant", "error_description", problem));
      return;
    }
    try {
      Person person = next;
      String idToken =
          sign(claims(person).audience(pending.clientId()).claim("nonce", pending.nonce()).build());
      String accessToken =
          sign(
              claims(person)
                  .audience(List.of("account", pending.clientId()))
                  .claim("roles", person.roles())
                  .claim("units", person.units())
                  .build());
      json(
          exchange,
          200,
          Map.of(
              "access_token",
              accessToken,
              "id_token",
              idToken,
              "token_type",
              "Bearer",
              "expires_in",
              600,
              "scope",
              "openid profile email"));
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  private JWTClaimsSet.Builder claims(Person person) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .subject(person.subject())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(600)))
        .claim("preferred_username", person.username())
        .claim("name", "Erika Mustermann");
  }

  private static String check(Map<String, String> body, Pending pending) {
    if (pending == null) {
      return "unknown code";
    }
    if (!pending.redirectUri().equals(body.get("redirect_uri"))) {
      return "redirect_uri differs";
    }
    if (!pending.clientId().equals(body.get("client_id"))) {
      return "client_id differs";
    }
    String verifier = body.get("code_verifier");
    if (verifier == null || pending.challenge() == null) {
      return "no PKCE";
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64URL.encode(hash).toString().equals(pending.challenge())
          ? null
          : "PKCE verifier does not match";
    } catch (Exception e) {
      return e.toString();
    }
  }

  private String sign(JWTClaimsSet claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static Map<String, String> form(String encoded) {
    Map<String, String> values = new LinkedHashMap<>();
    if (encoded == null) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        values.put(
            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static void json(HttpExchange exchange, int status, Map<String, ?> body)
      throws IOException {
    byte[] bytes = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
