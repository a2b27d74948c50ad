package org.strategytracker.command.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An anchor exported outside the database: one JSON file per anchor with its signature and the
 * public key that verifies it. Whoever keeps these files can later prove, with the command-line
 * verification, that the chain up to the anchor was not rewritten.
 *
 * @param keyFingerprint SHA-256 (hex) of {@code publicKey}
 * @param publicKey the Ed25519 public key, X.509 encoded, Base64
 */
record AnchorFile(
    long id,
    long position,
    long globalIndex,
    String hash,
    String publishedAt,
    String algorithm,
    String signature,
    String keyFingerprint,
    String publicKey) {

  private static final JsonMapper json = JsonMapper.builder().build();

  static Path write(Path folder, AuditAnchors.Anchor anchor, AuditKeys keys) {
    AnchorFile file =
        new AnchorFile(
            anchor.id(),
            anchor.position(),
            anchor.globalIndex(),
            anchor.hash(),
            anchor.publishedAt().toString(),
            AuditKeys.SIGNATURE_ALGORITHM,
            anchor.signature(),
            anchor.keyFingerprint(),
            keys.publicKeyBase64());
    try {
      Files.createDirectories(folder);
      Path target = folder.resolve("anchor-%08d.json".formatted(anchor.id()));
      Path partial = folder.resolve(target.getFileName() + ".partial");
      Files.writeString(partial, json.writerWithDefaultPrettyPrinter().writeValueAsString(file));
      return Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an exported anchor; a file that is not one is an {@link IllegalArgumentException}. */
  static AnchorFile read(Path path) {
    try {
      return json.readValue(Files.readString(path), AnchorFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("keine Anker-Datei: " + path, e);
    }
  }

  AuditAnchors.Anchor anchor() {
    return new AuditAnchors.Anchor(
        id, position, globalIndex, hash, Instant.parse(publishedAt), signature, keyFingerprint);
  }
}
