package org.strategytracker.command.audit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;

/**
 * The command-line check: with {@code --tracker.audit.verify-chain} the application verifies the
 * chain against every stored anchor and, with {@code --tracker.audit.anchor-file=<file>}, against
 * an exported anchor whose signature it checks first; it prints the result and exits with 0
 * (intact), 3 (broken) or 4 (the anchor file is not a valid signed anchor of this server).
 */
class ChainVerificationRunner implements ApplicationRunner {

  static final int INTACT = 0;
  static final int BROKEN = 3;
  static final int ANCHOR_FILE_REFUSED = 4;

  private final AuditChainVerifier verifier;
  private final AuditKeys keys;
  private final ApplicationContext context;

  ChainVerificationRunner(AuditChainVerifier verifier, AuditKeys keys, ApplicationContext context) {
    this.verifier = verifier;
    this.keys = keys;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    String anchorFile = context.getEnvironment().getProperty("tracker.audit.anchor-file");
    int code =
        check(anchorFile == null || anchorFile.isBlank() ? null : Path.of(anchorFile), System.out);
    System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
  }

  /** Verifies, prints the outcome to {@code out} and answers the exit code. */
  int check(Path anchorFile, PrintStream out) {
    List<AuditAnchors.Anchor> exported = List.of();
    if (anchorFile != null) {
      AnchorFile file;
      try {
        file = AnchorFile.read(anchorFile);
      } catch (RuntimeException e) {
        out.println("Anker-Datei nicht lesbar: " + anchorFile + " (" + e.getMessage() + ")");
        return ANCHOR_FILE_REFUSED;
      }
      String refused = refusal(file);
      if (refused != null) {
        out.println("Anker-Datei " + anchorFile + " abgelehnt: " + refused);
        return ANCHOR_FILE_REFUSED;
      }
      out.println(
          "Anker-Datei "
              + anchorFile
              + ": Signatur gültig (Position "
              + file.position()
              + ", Schlüssel "
              + file.keyFingerprint()
              + ")");
      exported = List.of(file.anchor());
    }
    ChainVerification result = verifier.verify(exported);
    print(result, out);
    return result.intact() ? INTACT : BROKEN;
  }

  private String refusal(AnchorFile file) {
    if (!keys.fingerprint().equals(file.keyFingerprint())
        || !keys.publicKeyBase64().equals(file.publicKey())) {
      return "mit einem anderen Schlüssel signiert als dem dieses Servers ("
          + keys.fingerprint()
          + ")";
    }
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(String.valueOf(file.signature()));
    } catch (IllegalArgumentException e) {
      return "Signatur ist kein Base64";
    }
    AuditAnchors.Anchor anchor = file.anchor();
    return keys.verifies(anchor.signedContent(), signature)
        ? null
        : "Signatur passt nicht zum Inhalt (Datei verändert?)";
  }

  private static void print(ChainVerification result, PrintStream out) {
    if (result.firstBreak() == null) {
      out.println(
          "Kette intakt: "
              + result.checked()
              + " Glieder geprüft, Kopf "
              + result.headHash()
              + "; "
              + result.pending()
              + " neuere Ereignisse noch nicht verkettet");
    } else {
      ChainVerification.Break at = result.firstBreak();
      out.println(
          "Kette gebrochen an Position "
              + at.position()
              + " (globaler Index "
              + at.globalIndex()
              + ", "
              + at.finding()
              + "): "
              + at.reason());
    }
    if (result.firstAnchorMismatch() == null) {
      out.println(
          result.anchorsChecked()
              + " Anker geprüft, alle stimmen; "
              + result.unanchored()
              + " Ereignisse nach dem neuesten Anker noch nicht verankert");
    } else {
      ChainVerification.AnchorMismatch anchor = result.firstAnchorMismatch();
      out.println(
          "Anker "
              + anchor.anchorId()
              + " (Position "
              + anchor.position()
              + ") stimmt nicht mehr: "
              + anchor.reason());
    }
  }
}
