package org.strategytracker.query.timetravel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategytracker.platform.web.RuleViolation;
import org.strategytracker.query.projection.CityToday;
import org.strategytracker.query.timetravel.MilestoneSlips.DueDate;

/** What was corrected or entered late about a past date, and how a milestone's due date moved. */
@RestController
@Tag(
    name = "Zeitreise",
    description = "Stand zu einem Stichtag, wie er zu einem Zeitpunkt bekannt war")
class CorrectionController {

  private final CorrectionQueries corrections;
  private final AsOfQueries asOf;
  private final JdbcClient jdbc;
  private final CityToday today;

  CorrectionController(
      CorrectionQueries corrections, AsOfQueries asOf, JdbcClient jdbc, CityToday today) {
    this.corrections = corrections;
    this.asOf = asOf;
    this.jdbc = jdbc;
    this.today = today;
  }

  @GetMapping(
      path = "/api/v1/measures/{id}/corrections",
      produces = MediaType.APPLICATION_JSON_VALUE)
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
    Basis then =
        this.asOf.basis(
            TimeParameters.day("asOf", asOf, today.date()),
            TimeParameters.moment("knownAt", knownAt, today.zone()),
            null);
    return corrections
        .corrections(id, then, Identities.visible())
        .orElseThrow(() -> PastPortfolioController.unknownThen(id));
  }

  @GetMapping(
      path = "/api/v1/measures/{id}/milestones/{mid}/slips",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "Alle Fälligkeiten eines Meilensteins in der Reihenfolge, in der sie gesetzt wurden")
  MilestoneSlips slips(@PathVariable String id, @PathVariable String mid) {
    Basis basis = asOf.basis(today.date(), null, null);
    boolean visible = Identities.visible();
    List<String> title =
        jdbc.sql(
                "SELECT text_value FROM timeline_fact WHERE measure_id = ? AND kind = 'MILESTONE'"
                    + " AND item_id = ? AND global_index <= ?")
            .params(id, mid, basis.position())
            .query(String.class)
            .list();
    if (title.isEmpty()) {
      throw RuleViolation.notFound(
          "mid",
          "unknown-milestone",
          "Die Maßnahme " + id + " hat keinen Meilenstein " + mid + ".");
    }
    List<DueDate> dates =
        jdbc.sql(
                "SELECT * FROM timeline_fact WHERE measure_id = ? AND kind = 'MILESTONE_DUE'"
                    + " AND item_id = ? AND global_index <= ? ORDER BY global_index")
            .params(id, mid, basis.position())
            .query(
                (rs, n) -> {
                  var due = rs.getObject("date_value", java.time.LocalDate.class);
                  var previous = rs.getObject("previous_date", java.time.LocalDate.class);
                  return new DueDate(
                      due,
                      previous,
                      previous == null ? 0 : ChronoUnit.DAYS.between(previous, due),
                      AsOfQueries.instant(rs, "recorded_at"),
                      visible ? rs.getString("actor_id") : null,
                      rs.getString("actor_unit"),
                      rs.getString("reason"));
                })
            .list();
    return new MilestoneSlips(basis, id, mid, title.get(0), dates);
  }
}
