package org.strategytracker.command.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The auditor's view of the hash chain: verification, head and published anchors. */
@RestController
@RequestMapping("/api/v1/audit/chain")
@Tag(name = "Revisionssicherheit", description = "Hash-Kette über alle gespeicherten Ereignisse")
class AuditChainController {

  private final AuditChainVerifier verifier;
  private final AuditChain chain;
  private final AuditAnchors anchors;

  AuditChainController(AuditChainVerifier verifier, AuditChain chain, AuditAnchors anchors) {
    this.verifier = verifier;
    this.chain = chain;
    this.anchors = anchors;
  }

  @GetMapping("/verification")
  @Operation(summary = "Kette prüfen und das erste gebrochene Glied nennen")
  ChainVerification verify() {
    return verifier.verify();
  }

  @GetMapping("/head")
  @Operation(summary = "Aktuelles Ende der Kette")
  ChainHead head() {
    return new ChainHead(chain.head().orElse(null));
  }

  @GetMapping("/anchors")
  @Operation(summary = "Veröffentlichte Anker, neueste zuerst")
  List<AuditAnchors.Anchor> anchors(@RequestParam(defaultValue = "30") int limit) {
    return anchors.anchors(Math.max(1, Math.min(limit, 1000)));
  }

  @PostMapping("/anchors")
  @Operation(summary = "Anker jetzt veröffentlichen")
  AuditAnchors.Anchor publish() {
    return anchors
        .publish()
        .orElseThrow(
            () ->
                org.strategytracker.platform.web.RuleViolation.state(
                    "chain", "empty-chain", "Die Kette ist noch leer."));
  }

  /** The head of the chain; {@code head} is absent while no event is chained. */
  record ChainHead(AuditChain.Head head) {}
}
