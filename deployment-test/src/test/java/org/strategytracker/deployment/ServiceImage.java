package org.strategytracker.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's Dockerfile puts into its image: the exec jar it copies, its {@code ENV} lines,
 * the port it exposes. The test starts the jar the same way ({@code java -jar}, on this build's
 * Java 17 like the image's {@code eclipse-temurin:17-jre}).
 */
final class ServiceImage {

  private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)");
  private static final Pattern COPY_JAR = Pattern.compile("(?m)^COPY\\s+(\\S+\\.jar)\\s");
  private static final Pattern ENV = Pattern.compile("(?m)^ENV\\s+([A-Za-z_0-9]+)=(\\S*)");

  private final String service;
  private final String dockerfile;

  ServiceImage(ComposeFile compose, Path repository, String service) throws IOException {
    this.service = service;
    this.dockerfile = Files.readString(repository.resolve(compose.dockerfile(service)));
  }

  int exposedPort() {
    Matcher expose = EXPOSE.matcher(dockerfile);
    assertThat(expose.find()).as(service + "'s Dockerfile exposes a port").isTrue();
    return Integer.parseInt(expose.group(1));
  }

  Map<String, String> environment() {
    Map<String, String> environment = new LinkedHashMap<>();
    Matcher env = ENV.matcher(dockerfile);
    while (env.find()) {
      environment.put(env.group(1), env.group(2));
    }
    return environment;
  }

  /** {@code java -jar} with the jar this build packaged, which must be the one the image copies. */
  List<String> command(Path repository, Path jar) throws IOException {
    assertThat(jar).as(service + " exec jar (packaged by this build)").isRegularFile();
    Matcher copy = COPY_JAR.matcher(dockerfile);
    assertThat(copy.find()).as(service + "'s Dockerfile copies a jar").isTrue();
    assertThat(
            FileSystems.getDefault()
                .getPathMatcher("glob:" + copy.group(1))
                .matches(repository.toRealPath().relativize(jar.toRealPath())))
        .as("the Dockerfile copies " + copy.group(1) + ", the test runs " + jar)
        .isTrue();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(java, "-jar", jar.toString());
  }
}
