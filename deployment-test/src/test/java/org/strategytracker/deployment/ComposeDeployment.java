package org.strategytracker.deployment;

import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The topology of docker-compose.yml on loopback: PostgreSQL, the command and the query service
 * (their exec jars, as the Dockerfiles copy them), Keycloak and nginx, each a process of its own,
 * configured from the compose file with the containers' names and ports replaced by loopback
 * addresses and free ports. The public address is the proxy's, as {@code PUBLIC_URL}.
 */
final class ComposeDeployment implements AutoCloseable {

  static final String REALM = "strategy-tracker";

  final Path repository = Path.of(System.getProperty("deployment.repository", "..")).normalize();
  final Path work = Path.of(System.getProperty("deployment.work", "target/deployment"));
  final int proxyPort = freePort();
  final int keycloakPort = freePort();
  final int commandPort = freePort();
  final int queryPort = freePort();
  final String publicUrl = "http://localhost:" + proxyPort;
  final String keycloakAdminPassword = UUID.randomUUID().toString();
  private final ComposeFile compose;
  private final Map<String, String> loopback = new LinkedHashMap<>();
  private final List<RunningProcess> processes = new ArrayList<>();
  private final Map<String, Duration> readyAfter = new LinkedHashMap<>();
  private final long started = System.nanoTime();
  private final Thread cleanup = new Thread(this::stopAll);
  private EmbeddedPostgres postgres;
  RunningProcess keycloak;
  RunningProcess commandService;
  RunningProcess queryService;
  RunningProcess proxy;

  ComposeDeployment() throws IOException {
    compose =
        new ComposeFile(
            repository.resolve("docker-compose.yml"),
            Map.of(
                "POSTGRES_PASSWORD", UUID.randomUUID().toString(),
                "KEYCLOAK_ADMIN_PASSWORD", keycloakAdminPassword,
                "PUBLIC_URL", publicUrl));
  }

  /**
   * Starts every part at once and waits until each answers. Like compose's {@code depends_on:
   * service_started}, nothing waits for Keycloak: the services read its metadata on first use.
   */
  void start() throws Exception {
    Runtime.getRuntime().addShutdownHook(cleanup);
    Keycloak.deleteRecursively(work);
    Files.createDirectories(work);
    // Keycloak first: it takes longest (it builds itself for development mode at every start)
    keycloak =
        started(
            Keycloak.start(
                compose,
                repository,
                Path.of(System.getProperty("deployment.keycloak.home")),
                keycloakPort,
                work.resolve("keycloak.log")));
    startPostgres();
    loopback.put("keycloak:" + Keycloak.composePort(compose), "127.0.0.1:" + keycloakPort);
    loopback.put("command-service:" + exposedPort("command-service"), "127.0.0.1:" + commandPort);
    loopback.put("query-service:" + exposedPort("query-service"), "127.0.0.1:" + queryPort);
    commandService = started(service("command-service", commandPort));
    queryService = started(service("query-service", queryPort));
    proxy =
        started(
            Proxy.start(
                repository.resolve(
                    compose.volumes("proxy").keySet().stream()
                        .filter(source -> source.endsWith(".conf"))
                        .findFirst()
                        .orElseThrow()),
                loopback,
                publishedProxyPort(),
                proxyPort,
                work));
    Map<RunningProcess, String> readiness = new LinkedHashMap<>();
    readiness.put(proxy, "http://127.0.0.1:" + proxyPort + "/anmelden");
    readiness.put(commandService, "http://127.0.0.1:" + commandPort + "/actuator/health");
    readiness.put(queryService, "http://127.0.0.1:" + queryPort + "/actuator/health");
    readiness.put(
        keycloak,
        "http://127.0.0.1:"
            + keycloakPort
            + "/auth/realms/"
            + REALM
            + "/.well-known/openid-configuration");
    await("every part of the deployment answers")
        .atMost(Duration.ofMinutes(8))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              for (Map.Entry<RunningProcess, String> part : readiness.entrySet()) {
                RunningProcess process = part.getKey();
                process.assertAlive();
                if (!readyAfter.containsKey(process.name) && status(part.getValue()) == 200) {
                  readyAfter.put(process.name, Duration.ofNanos(System.nanoTime() - started));
                }
              }
              return readyAfter.size() == readiness.size() + 1;
            });
    System.out.println("deployment-test: ready after " + timings());
  }

  String timings() {
    StringBuilder out = new StringBuilder();
    readyAfter.forEach(
        (name, after) ->
            out.append(name).append(' ').append(after.toMillis() / 100 / 10.0).append("s, "));
    return out.isEmpty() ? "(nothing)" : out.substring(0, out.length() - 2);
  }

  private void startPostgres() throws Exception {
    Map<String, String> environment = compose.environment("postgres");
    postgres = EmbeddedPostgres.builder().start();
    String database = environment.get("POSTGRES_DB");
    String user = environment.get("POSTGRES_USER");
    // what the postgres image does with these variables on its first start
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE ROLE "
              + user
              + " LOGIN SUPERUSER PASSWORD '"
              + environment.get("POSTGRES_PASSWORD")
              + "'");
      statement.execute("CREATE DATABASE " + database + " OWNER " + user);
    }
    loopback.put("postgres:5432", "localhost:" + postgres.getPort());
    readyAfter.put("postgres", Duration.ofNanos(System.nanoTime() - started));
  }

  private RunningProcess service(String name, int port) throws IOException {
    ServiceImage image = new ServiceImage(compose, repository, name);
    Path jar = Path.of(System.getProperty("deployment." + name + ".jar", "(not set)"));
    Map<String, String> environment = new LinkedHashMap<>(image.environment());
    compose.environment(name).forEach((key, value) -> environment.put(key, onLoopback(value)));
    environment.put("PORT", String.valueOf(port));
    return RunningProcess.start(
        name, image.command(repository, jar), environment, work, work.resolve(name + ".log"));
  }

  private String onLoopback(String value) {
    String rewritten = value;
    for (Map.Entry<String, String> address : loopback.entrySet()) {
      rewritten = rewritten.replace(address.getKey(), address.getValue());
    }
    return rewritten;
  }

  private int exposedPort(String service) throws IOException {
    return new ServiceImage(compose, repository, service).exposedPort();
  }

  private int publishedProxyPort() {
    String published = compose.ports("proxy").get(0);
    return Integer.parseInt(published.substring(published.lastIndexOf(':') + 1));
  }

  private RunningProcess started(RunningProcess process) {
    processes.add(process);
    return process;
  }

  /** The end of every log, for a failure report. */
  String diagnostics() {
    StringBuilder out = new StringBuilder("deployment-test: ready after " + timings() + "\n");
    for (RunningProcess process : processes) {
      out.append("\n----- ")
          .append(process.name)
          .append(" (")
          .append(process.log)
          .append(")\n")
          .append(process.tail(60))
          .append('\n');
    }
    Path nginxErrors = work.resolve("nginx/error.log");
    try {
      if (Files.exists(nginxErrors)) {
        List<String> lines = Files.readAllLines(nginxErrors);
        out.append("\n----- nginx error.log\n")
            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
      }
    } catch (IOException e) {
      out.append("(nginx error.log unreadable: ").append(e).append(")");
    }
    return out.toString();
  }

  static int status(String url) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port", e);
    }
  }

  private synchronized void stopAll() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).close();
    }
    processes.clear();
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        System.err.println("deployment-test: PostgreSQL did not stop cleanly: " + e);
      }
      postgres = null;
    }
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }
}
