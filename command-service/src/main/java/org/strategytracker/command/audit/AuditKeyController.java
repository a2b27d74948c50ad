package org.strategytracker.command.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public key that verifies exported anchors, for auditors to keep apart from the server. */
@RestController
@Tag(name = "Revisionssicherheit", description = "Hash-Kette über alle gespeicherten Ereignisse")
class AuditKeyController {

  private final AuditKeys keys;

  AuditKeyController(AuditKeys keys) {
    this.keys = keys;
  }

  @GetMapping("/api/v1/audit/public-key")
  @Operation(summary = "Öffentlicher Schlüssel, mit dem die Anker signiert sind")
  PublicKey publicKey() {
    return new PublicKey(
        AuditKeys.SIGNATURE_ALGORITHM,
        keys.publicKeyBase64(),
        keys.publicKeyPem(),
        keys.fingerprint());
  }

  /**
   * The anchors' public key.
   *
   * @param publicKey X.509 encoding, Base64
   * @param fingerprint SHA-256 of the X.509 encoding (hex), as named in every anchor
   */
  record PublicKey(String algorithm, String publicKey, String pem, String fingerprint) {}
}
