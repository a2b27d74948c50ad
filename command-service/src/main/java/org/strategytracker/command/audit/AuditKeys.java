package org.strategytracker.command.audit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strategytracker.platform.eventstore.EventSeal;

/**
 * The audit keys, kept in files outside the database so that whoever can write the database cannot
 * forge seals or anchors: the seal key (HMAC-SHA256) and the Ed25519 key pair that signs anchors.
 * Generated on first start, readable by the owner only; the public key is printed in the log so
 * that auditors can keep a copy apart from the server.
 */
public final class AuditKeys {

  static final String SIGNATURE_ALGORITHM = "Ed25519";
  static final String SEAL_KEY = "seal.key";
  static final String SIGNING_KEY = "anchor-signing.key";
  static final String PUBLIC_KEY = "anchor-signing.pub";
  static final String SEALED_FROM = "sealed-from.properties";

  private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final byte[] sealKey;
  private final PrivateKey signingKey;
  private final PublicKey publicKey;
  private final Before before;

  private AuditKeys(byte[] sealKey, PrivateKey signingKey, PublicKey publicKey, Before before) {
    this.sealKey = sealKey;
    this.signingKey = signingKey;
    this.publicKey = publicKey;
    this.before = before;
  }

  /**
   * What the store held when the keys were made: events and anchors up to these numbers were stored
   * before seals and signatures existed. Kept in the key folder, not in the database, so that
   * whoever writes the database cannot move the boundary over a forged row.
   *
   * @param lastUnsealedIndex the highest global index stored without a seal
   * @param lastUnsignedAnchor the highest anchor id published without a signature
   */
  public record Before(long lastUnsealedIndex, long lastUnsignedAnchor) {}

  /**
   * Loads the keys from {@code folder}, generating them there on first start; {@code store} tells
   * what the store already holds at that moment.
   */
  public static AuditKeys inFolder(Path folder, Supplier<Before> store) {
    try {
      createPrivateFolder(folder);
      if (!Files.exists(folder.resolve(SEALED_FROM))) {
        Before now = store.get();
        writePrivate(
            folder.resolve(SEALED_FROM),
            ("lastUnsealedIndex="
                    + now.lastUnsealedIndex()
                    + "\nlastUnsignedAnchor="
                    + now.lastUnsignedAnchor()
                    + "\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      if (!Files.exists(folder.resolve(SEAL_KEY))) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        writePrivate(folder.resolve(SEAL_KEY), key);
      }
      if (!Files.exists(folder.resolve(SIGNING_KEY))) {
        KeyPair pair = KeyPairGenerator.getInstance(SIGNATURE_ALGORITHM).generateKeyPair();
        writePrivate(folder.resolve(SIGNING_KEY), pair.getPrivate().getEncoded());
        writePrivate(folder.resolve(PUBLIC_KEY), pair.getPublic().getEncoded());
      }
      KeyFactory factory = KeyFactory.getInstance(SIGNATURE_ALGORITHM);
      AuditKeys keys =
          new AuditKeys(
              readPrivate(folder.resolve(SEAL_KEY)),
              factory.generatePrivate(
                  new PKCS8EncodedKeySpec(readPrivate(folder.resolve(SIGNING_KEY)))),
              factory.generatePublic(
                  new X509EncodedKeySpec(readPrivate(folder.resolve(PUBLIC_KEY)))),
              before(readPrivate(folder.resolve(SEALED_FROM))));
      log.info(
          "Audit-Schlüssel in {}; öffentlicher Schlüssel der Anker ({}, X.509, Base64): {} Fingerabdruck SHA-256 {}",
          folder.toAbsolutePath(),
          SIGNATURE_ALGORITHM,
          keys.publicKeyBase64(),
          keys.fingerprint());
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the audit keys in " + folder, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("unusable audit keys in " + folder, e);
    }
  }

  private static Before before(byte[] file) throws IOException {
    Properties values = new Properties();
    values.load(new StringReader(new String(file, StandardCharsets.UTF_8)));
    return new Before(
        Long.parseLong(values.getProperty("lastUnsealedIndex", "0").strip()),
        Long.parseLong(values.getProperty("lastUnsignedAnchor", "0").strip()));
  }

  Before before() {
    return before;
  }

  /** The seal every event row gets in the INSERT that stores it. */
  public EventSeal seal() {
    return new EventSeal(sealKey);
  }

  byte[] sign(byte[] content) {
    try {
      Signature signature = Signature.getInstance(SIGNATURE_ALGORITHM);
      signature.initSign(signingKey);
      signature.update(content);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with the anchor key", e);
    }
  }

  /** Whether {@code signature} over {@code content} was made with this key pair. */
  boolean verifies(byte[] content, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
      verifier.initVerify(publicKey);
      verifier.update(content);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  String publicKeyBase64() {
    return Base64.getEncoder().encodeToString(publicKey.getEncoded());
  }

  String publicKeyPem() {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(publicKey.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  /** SHA-256 of the encoded public key (hex): names the key in every anchor. */
  String fingerprint() {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  private static boolean posix(Path path) {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private static void createPrivateFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder);
      if (posix(folder)) {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      }
    }
  }

  private static void writePrivate(Path file, byte[] content) throws IOException {
    if (posix(file)) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    }
    Files.write(file, content);
  }

  /** Reads a key file, first taking away any access others were given to it. */
  private static byte[] readPrivate(Path file) throws IOException {
    if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
      log.warn("Schlüsseldatei {} war für andere lesbar; nun nur noch für den Eigentümer", file);
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
    return Files.readAllBytes(file);
  }
}
