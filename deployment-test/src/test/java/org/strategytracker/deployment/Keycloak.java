package org.strategytracker.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Keycloak's own distribution (the one its container image is built from), unpacked by Maven,
 * started like the compose service: its command, its environment, the realm export where the volume
 * puts it. Keycloak 26 needs Java 21 or newer, which this build does not; it takes the JDK named by
 * {@code keycloak.java.home} or the newest one under /usr/lib/jvm.
 */
final class Keycloak {

  static final int MINIMUM_JAVA = 21;
  private static final String CONTAINER_HOME = "/opt/keycloak/";

  private Keycloak() {}

  static RunningProcess start(ComposeFile compose, Path repository, Path home, int port, Path log)
      throws IOException {
    assertThat(home.resolve("bin/kc.sh"))
        .as("Keycloak unpacked by Maven (phase pre-integration-test of `mvn verify`)")
        .isRegularFile();
    String version = System.getProperty("deployment.keycloak.version");
    assertThat(compose.image("keycloak"))
        .as("docker-compose.yml runs the Keycloak version this test runs")
        .isEqualTo("quay.io/keycloak/keycloak:" + version);
    Path javaHome = javaHome();
    System.out.println("deployment-test: Keycloak " + version + " on the JDK in " + javaHome);
    deleteRecursively(home.resolve("data"));
    compose
        .volumes("keycloak")
        .forEach(
            (source, target) -> {
              assertThat(target).as("keycloak volume target").startsWith(CONTAINER_HOME);
              copy(
                  repository.resolve(source),
                  home.resolve(target.substring(CONTAINER_HOME.length())));
            });
    List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString()));
    for (String argument : compose.command("keycloak")) {
      command.add(argument.startsWith("--http-port=") ? "--http-port=" + port : argument);
    }
    Map<String, String> environment = new LinkedHashMap<>(compose.environment("keycloak"));
    environment.put("JAVA_HOME", javaHome.toString());
    return RunningProcess.start("keycloak", command, environment, home, log);
  }

  /** The port the compose file gives Keycloak inside the network ({@code --http-port}). */
  static int composePort(ComposeFile compose) {
    return compose.command("keycloak").stream()
        .filter(argument -> argument.startsWith("--http-port="))
        .map(argument -> Integer.parseInt(argument.substring("--http-port=".length())))
        .findFirst()
        .orElseThrow(() -> new AssertionError("docker-compose.yml: keycloak without --http-port"));
  }

  private static Path javaHome() throws IOException {
    String configured = System.getProperty("deployment.keycloak.java-home", "");
    if (!configured.isBlank()) {
      Path home = Path.of(configured);
      assertThat(javaVersion(home))
          .as("keycloak.java.home=" + configured + " must be a JDK of Java " + MINIMUM_JAVA + "+")
          .hasValueSatisfying(version -> assertThat(version).isGreaterThanOrEqualTo(MINIMUM_JAVA));
      return home;
    }
    Path jvms = Path.of("/usr/lib/jvm");
    List<Path> candidates;
    try (Stream<Path> homes = Files.exists(jvms) ? Files.list(jvms) : Stream.empty()) {
      candidates = homes.filter(home -> Files.isExecutable(home.resolve("bin/java"))).toList();
    }
    return candidates.stream()
        .filter(home -> javaVersion(home).orElse(0) >= MINIMUM_JAVA)
        .max(Comparator.comparing(home -> javaVersion(home).orElse(0)))
        .orElseThrow(
            () ->
                new AssertionError(
                    "Keycloak needs Java "
                        + MINIMUM_JAVA
                        + " or newer: none under /usr/lib/jvm ("
                        + candidates
                        + "). Install a JDK there or pass -Dkeycloak.java.home=<JDK>."));
  }

  /** The feature release a JDK names in its {@code release} file. */
  private static Optional<Integer> javaVersion(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return Optional.empty();
    }
    try (var in = Files.newBufferedReader(release)) {
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
      String feature = version.split("[.+-]")[0];
      return feature.matches("\\d+") ? Optional.of(Integer.parseInt(feature)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void copy(Path source, Path target) {
    try {
      Files.createDirectories(target.getParent());
      Files.copy(source, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
