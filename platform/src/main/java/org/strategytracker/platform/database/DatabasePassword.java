package org.strategytracker.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded PostgreSQL's superuser, kept in the data folder in a file only its
 * owner may read.
 *
 * <p>Without it, anyone on the machine could connect as superuser and rewrite the event store and
 * its hash chain. It is generated on the first start (32 random bytes) and never logged.
 */
final class DatabasePassword {

  static final String FILE_NAME = "tracker-db-password";
  private static final Logger log = LoggerFactory.getLogger(DatabasePassword.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private DatabasePassword() {}

  static Path file(Path dataDirectory) {
    return dataDirectory.resolve(FILE_NAME);
  }

  /** The stored password, with the file's permissions narrowed to its owner if they were wider. */
  static Optional<String> read(Path dataDirectory) {
    Path file = file(dataDirectory);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      if (OwnerOnlyFile.restrict(file)) {
        log.warn("{} could be read by others; it is now readable by its owner only", file);
      }
      String password = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (password.isEmpty()) {
        throw new IllegalStateException(file + " is empty");
      }
      return Optional.of(password);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the database password from " + file, e);
    }
  }

  static String generate() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  /** Writes the password into a file that is owner-only from its creation on. */
  static void store(Path dataDirectory, String password) {
    Path file = file(dataDirectory);
    try {
      OwnerOnlyFile.write(file, password + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the database password to " + file, e);
    }
  }
}
