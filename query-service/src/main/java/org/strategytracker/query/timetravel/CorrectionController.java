package org.strategytracker.query.timetravel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategytracker.platform.web.RuleViolation;

/** What was corrected or entered late about a past date, and how a milestone's due date moved. */
@RestController
@RequestMapping(path = "/api/v1/measures/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "Zeitreise",
    description = "Stand zu einem Stichtag, wie er zu einem Zeitpunkt bekannt war")
class CorrectionController {

  private final CorrectionQueries corrections;
  private final TimeParameters time;
  private final PastMilestoneSlips slips;

  CorrectionController(
      CorrectionQueries corrections, TimeParameters time, PastMilestoneSlips slips) {
    this.corrections = corrections;
    this.time = time;
    this.slips = slips;
  }

  @GetMapping("/corrections")
  @Operation(
      summary =
          "Was sich am Stand eines Stichtags seit einem Wissensstand geändert hat: Nachträge und"
              + " Korrekturen mit Zeitpunkt, Grund und Einheit")
  Corrections corrections(
      @PathVariable String id,
      @Parameter(description = "Stichtag (ISO-Datum), Standard: heute")
          @RequestParam(required = false)
          String asOf,
      @Parameter(description = "Früherer Wissensstand (ISO-Zeitpunkt oder Datum)") @RequestParam
          String knownAt) {
    return corrections
        .corrections(id, time.basis(asOf, knownAt, null), Identities.visible())
        .orElseThrow(() -> PastPortfolioController.unknownThen(id));
  }

  @GetMapping("/milestones/{mid}/slips")
  @Operation(
      summary =
          "Alle Fälligkeiten eines Meilensteins in der Reihenfolge, in der sie gesetzt wurden,"
              + " wie zu einem Zeitpunkt bekannt (mit basis)")
  MilestoneSlips slips(
      @PathVariable String id,
      @PathVariable String mid,
      @Parameter(description = "Stichtag (ISO-Datum): Fälligkeiten bis zum Ende dieses Tages")
          @RequestParam(required = false)
          String asOf,
      @Parameter(description = "Wissensstand (ISO-Zeitpunkt oder Datum = Ende des Tages)")
          @RequestParam(required = false)
          String knownAt,
      @Parameter(description = "Höchstens bis zu dieser Ereignisposition")
          @RequestParam(required = false)
          String position) {
    return slips
        .slips(time.basis(asOf, knownAt, position), id, mid, Identities.visible())
        .orElseThrow(
            () ->
                RuleViolation.notFound(
                    "mid",
                    "unknown-milestone",
                    "Die Maßnahme "
                        + id
                        + " hatte zu diesem Stand keinen Meilenstein "
                        + mid
                        + "."));
  }
}
