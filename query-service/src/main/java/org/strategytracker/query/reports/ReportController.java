package org.strategytracker.query.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategytracker.platform.web.RuleViolation;
import org.strategytracker.query.ListParameters;
import org.strategytracker.query.projection.CityToday;
import org.strategytracker.query.timetravel.Basis;
import org.strategytracker.query.timetravel.TimeParameters;

/** Reports to the council: the status report as of a date and the change report of a period. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(
    name = "Berichte",
    description = "Statusbericht zum Stichtag und Änderungsbericht für einen Zeitraum")
class ReportController {

  static final String SHA_HEADER = "X-Report-Sha256";
  static final String POSITION_HEADER = "X-Report-Position";

  private final StatusReports statusReports;
  private final ChangeReports changeReports;
  private final TimeParameters time;
  private final ZoneId zone;

  ReportController(
      StatusReports statusReports,
      ChangeReports changeReports,
      TimeParameters time,
      CityToday today) {
    this.statusReports = statusReports;
    this.changeReports = changeReports;
    this.time = time;
    this.zone = today.zone();
  }

  @GetMapping("/status")
  @Operation(
      summary = "Statusbericht zum Stichtag als JSON, CSV (Komma oder Semikolon), XLSX oder PDF",
      description =
          "Gestempelt mit Stichtag, Wissensstand, Ereignisposition und SHA-256 der Datenzeilen. Mit denselben"
              + " Werten für asOf, knownAt und position entsteht derselbe Inhalt.")
  ResponseEntity<?> status(
      @Parameter(description = "Stichtag (ISO-Datum), Standard: heute")
          @RequestParam(required = false)
          String asOf,
      @Parameter(description = "Wissensstand (ISO-Zeitpunkt oder Datum), Standard: jetzt")
          @RequestParam(required = false)
          String knownAt,
      @Parameter(description = "Höchstens bis zu dieser Ereignisposition")
          @RequestParam(required = false)
          String position,
      @Parameter(description = "json, csv, csv-semicolon, xlsx oder pdf")
          @RequestParam(required = false)
          String format,
      @Parameter(
              description =
                  "Nur Maßnahmen unter Federführung dieses Fachbereichs, einschließlich Untereinheiten")
          @RequestParam(required = false)
          String leadUnit,
      @Parameter(description = "Nur Maßnahmen dieses Arbeitsfelds") @RequestParam(required = false)
          String fieldOfAction) {
    ReportFormat wanted = ReportFormat.parse(format);
    Basis basis = time.basis(asOf, knownAt, position);
    ReportScope scope =
        new ReportScope(
            ListParameters.unit("leadUnit", leadUnit), ListParameters.text(fieldOfAction));
    StatusReport report = statusReports.report(basis, scope);
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.ok()
            .header(SHA_HEADER, report.sha256())
            .header(POSITION_HEADER, Long.toString(basis.position()));
    if (wanted == ReportFormat.JSON) {
      return answer.contentType(MediaType.APPLICATION_JSON).body(report);
    }
    String name =
        "statusbericht"
            + scope.fileNamePart()
            + "_"
            + basis.asOf()
            + "_stand_"
            + basis.knownAt().toString().replace(":", "")
            + "_pos"
            + basis.position()
            + "."
            + wanted.extension();
    return answer
        .contentType(wanted.mediaType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(wanted.write(report, zone));
  }

  @GetMapping(path = "/changes", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "Änderungsbericht: Status- und Prioritätswechsel, erreichte, verschobene und aufgegebene"
              + " Meilensteine, Kennzahlen gegen Ziel und Maßnahmen ohne Aktualisierung im Zeitraum")
  ChangeReport changes(
      @Parameter(description = "Erster Tag (ISO-Datum)") @RequestParam String from,
      @Parameter(description = "Letzter Tag (ISO-Datum, einschließlich)") @RequestParam String to,
      @Parameter(description = "Wissensstand (ISO-Zeitpunkt oder Datum), Standard: jetzt")
          @RequestParam(required = false)
          String knownAt) {
    LocalDate first = TimeParameters.requiredDay("from", from);
    LocalDate last = TimeParameters.requiredDay("to", to);
    if (last.isBefore(first)) {
      throw RuleViolation.input("to", "range", "Der letzte Tag (to) liegt vor dem ersten (from).");
    }
    return changeReports.report(first, last, time.basis(last, knownAt));
  }
}
