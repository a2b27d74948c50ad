package org.strategytracker.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * nginx with the real {@code deploy/nginx/strategy-tracker.conf}. Only the addresses change in the
 * copy it reads: each upstream's compose name and port becomes loopback and a free port, and it
 * listens on a free port. Around it, like the nginx image's main configuration, an {@code http}
 * block that includes it, with every path inside target/ (so it runs without touching /etc or /var)
 * and an access log that names the upstream each request went to.
 */
final class Proxy {

  static final Path DEBIAN_NGINX = Path.of("/usr/sbin/nginx");
  private static final Pattern UPSTREAM_SERVER = Pattern.compile("server\\s+([^;\\s]+)\\s*;");

  private Proxy() {}

  /**
   * @param upstreams compose address ("command-service:8081") to loopback address
   */
  static RunningProcess start(
      Path configuration, Map<String, String> upstreams, int composePort, int port, Path work)
      throws IOException {
    Path nginx =
        Stream.of(DEBIAN_NGINX, Path.of("/usr/bin/nginx"))
            .filter(Files::isExecutable)
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("nginx must be installed (apt-get install nginx-light)"));
    Path directory = Files.createDirectories(work.resolve("nginx"));
    for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
      Files.createDirectories(directory.resolve("temp").resolve(temp));
    }
    String site = Files.readString(configuration, StandardCharsets.UTF_8);
    for (Map.Entry<String, String> upstream : upstreams.entrySet()) {
      site = site.replace(" " + upstream.getKey() + ";", " " + upstream.getValue() + ";");
    }
    String listen = "listen " + composePort + ";";
    assertThat(site).as("the proxy listens on the published port").containsOnlyOnce(listen);
    site = site.replace(listen, "listen " + port + ";");
    Matcher server = UPSTREAM_SERVER.matcher(site);
    while (server.find()) {
      assertThat(server.group(1))
          .as("every upstream of strategy-tracker.conf is a compose service this test runs")
          .startsWith("127.0.0.1:");
    }
    Files.writeString(directory.resolve("strategy-tracker.conf"), site);
    Files.writeString(directory.resolve("nginx.conf"), main(directory));
    return RunningProcess.start(
        "nginx",
        List.of(
            nginx.toString(),
            "-p",
            directory.toString(),
            "-c",
            directory.resolve("nginx.conf").toString(),
            "-e",
            directory.resolve("error.log").toString(),
            "-g",
            "daemon off;"),
        Map.of(),
        directory,
        work.resolve("nginx.log"));
  }

  private static String main(Path directory) {
    // As root, nginx's workers would switch to "nobody", who may not write to target/.
    String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
    return user
        + """
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log info;
        events { worker_connections 256; }
        http {
          default_type application/octet-stream;
          log_format upstream '$request_method $request_uri $status $upstream_addr';
          access_log %1$s/access.log upstream;
          client_body_temp_path %1$s/temp/client_body;
          proxy_temp_path %1$s/temp/proxy;
          fastcgi_temp_path %1$s/temp/fastcgi;
          uwsgi_temp_path %1$s/temp/uwsgi;
          scgi_temp_path %1$s/temp/scgi;
          include %1$s/strategy-tracker.conf;
        }
        """
            .formatted(directory);
  }

  /** The access log: one line per request, "METHOD URI STATUS UPSTREAM". */
  static List<String> accessLog(Path work) throws IOException {
    Path log = work.resolve("nginx/access.log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }
}
