package org.strategytracker.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL's {@code pg_hba.conf}: every connection, over the socket file or TCP,
 * authenticates with the password (SCRAM-SHA-256).
 *
 * <p>The embedded binaries create the data folder with {@code initdb -A trust}, which lets every
 * local user in as superuser without a password. Folders created that way (also by earlier versions
 * of this application) are rewritten on start.
 */
final class ClientAuthentication {

  static final String METHOD = "scram-sha-256";
  static final String FILE_NAME = "pg_hba.conf";

  private static final String RULES =
      """
      # Written by the Strategy Tracker: every connection needs the password in %s.
      # TYPE  DATABASE     USER  ADDRESS       METHOD
      local   all          all                 %s
      host    all          all   127.0.0.1/32  %s
      host    all          all   ::1/128       %s
      local   replication  all                 %s
      host    replication  all   127.0.0.1/32  %s
      host    replication  all   ::1/128       %s
      """;

  private ClientAuthentication() {}

  /**
   * Whether the folder's rules already demand the password everywhere; empty when the folder has no
   * rules yet (not initialised).
   */
  static Optional<Boolean> requiresPassword(Path dataDirectory) {
    Path file = dataDirectory.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      List<String> rules =
          Files.readAllLines(file, StandardCharsets.UTF_8).stream()
              .map(line -> line.replaceFirst("#.*", "").strip())
              .filter(line -> !line.isEmpty())
              .toList();
      return Optional.of(
          !rules.isEmpty()
              && rules.stream().allMatch(line -> List.of(line.split("\\s+")).contains(METHOD)));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** Replaces the rules atomically; the server applies them on its next start or reload. */
  static void requirePassword(Path dataDirectory) {
    Path file = dataDirectory.resolve(FILE_NAME);
    try {
      OwnerOnlyFile.write(
          file,
          RULES.formatted(
              DatabasePassword.FILE_NAME, METHOD, METHOD, METHOD, METHOD, METHOD, METHOD));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }
}
