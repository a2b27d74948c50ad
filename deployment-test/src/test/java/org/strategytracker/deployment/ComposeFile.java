package org.strategytracker.deployment;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * What {@code docker-compose.yml} says about one service, with its {@code ${VARIABLE}} references
 * resolved the way {@code docker compose} does: {@code :-} defaults, {@code :?} required values.
 * The test starts each part from these values, so it runs what the compose file describes rather
 * than a copy of it.
 */
final class ComposeFile {

  private static final Pattern REFERENCE =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

  private final Map<String, Map<String, Object>> services;
  private final Map<String, String> variables;

  @SuppressWarnings("unchecked")
  ComposeFile(Path file, Map<String, String> variables) throws IOException {
    try (Reader in = Files.newBufferedReader(file)) {
      Map<String, Object> document = new Yaml().load(in);
      this.services = (Map<String, Map<String, Object>>) document.get("services");
    }
    this.variables = variables;
  }

  /** The service's environment, every reference resolved. */
  Map<String, String> environment(String service) {
    Map<String, String> resolved = new LinkedHashMap<>();
    Map<?, ?> environment = section(service, "environment", Map.class);
    environment.forEach(
        (name, value) -> resolved.put(String.valueOf(name), resolve(String.valueOf(value))));
    return resolved;
  }

  @SuppressWarnings("unchecked")
  List<String> command(String service) {
    return ((List<Object>) section(service, "command", List.class))
        .stream().map(part -> resolve(String.valueOf(part))).toList();
  }

  String image(String service) {
    return resolve(section(service, "image", String.class));
  }

  /** Bind mounts as host path (relative to the compose file) to container path. */
  @SuppressWarnings("unchecked")
  Map<String, String> volumes(String service) {
    Map<String, String> mounts = new LinkedHashMap<>();
    for (Object volume : section(service, "volumes", List.class)) {
      String[] parts = resolve(String.valueOf(volume)).split(":");
      mounts.put(parts[0], parts[1]);
    }
    return mounts;
  }

  /** Published ports as written ("8080:8080"). */
  @SuppressWarnings("unchecked")
  List<String> ports(String service) {
    return ((List<Object>) section(service, "ports", List.class))
        .stream().map(port -> resolve(String.valueOf(port))).toList();
  }

  String dockerfile(String service) {
    return (String) section(service, "build", Map.class).get("dockerfile");
  }

  private <T> T section(String service, String key, Class<T> type) {
    Map<String, Object> definition = services.get(service);
    if (definition == null || !type.isInstance(definition.get(key))) {
      throw new AssertionError(
          "docker-compose.yml: service " + service + " has no " + key + " of the expected shape");
    }
    return type.cast(definition.get(key));
  }

  private String resolve(String value) {
    Matcher reference = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (reference.find()) {
      String name = reference.group(1);
      String operator = reference.group(2);
      String given = variables.get(name);
      boolean unset =
          given == null || (given.isEmpty() && operator != null && operator.startsWith(":"));
      String replacement;
      if (!unset) {
        replacement = given;
      } else if (operator != null && operator.endsWith("-")) {
        replacement = reference.group(3);
      } else if (operator != null && operator.endsWith("?")) {
        throw new AssertionError(
            "docker-compose.yml needs " + name + ": " + reference.group(3) + " (the test sets it)");
      } else {
        replacement = "";
      }
      reference.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    reference.appendTail(out);
    return out.toString();
  }
}
