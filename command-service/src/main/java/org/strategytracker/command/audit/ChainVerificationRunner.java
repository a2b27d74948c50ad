package org.strategytracker.command.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;

/**
 * The command-line check: with {@code --tracker.audit.verify-chain} the application verifies the
 * chain, prints the result and exits with 0 (intact) or 3 (broken).
 */
class ChainVerificationRunner implements ApplicationRunner {

  static final int BROKEN = 3;

  private final AuditChainVerifier verifier;
  private final ApplicationContext context;

  ChainVerificationRunner(AuditChainVerifier verifier, ApplicationContext context) {
    this.verifier = verifier;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    ChainVerification result = verifier.verify();
    if (result.intact()) {
      System.out.println(
          "Kette intakt: "
              + result.checked()
              + " Glieder geprüft, Kopf "
              + result.headHash()
              + "; "
              + result.pending()
              + " neuere Ereignisse noch nicht verkettet");
    } else {
      ChainVerification.Break at = result.firstBreak();
      System.out.println(
          "Kette gebrochen an Position "
              + at.position()
              + " (globaler Index "
              + at.globalIndex()
              + "): "
              + at.reason());
    }
    int code = result.intact() ? 0 : BROKEN;
    System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
  }
}
