package org.strategytracker.query.reports;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.strategytracker.platform.web.RuleViolation;

/** The download formats of the status report, with their media type and file extension. */
enum ReportFormat {
  JSON("json", "application/json", "json"),
  CSV("csv", "text/csv;charset=UTF-8", "csv"),
  CSV_SEMICOLON("csv-semicolon", "text/csv;charset=UTF-8", "csv"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PDF("pdf", "application/pdf", "pdf");

  private final String parameter;
  private final String mediaType;
  private final String extension;

  ReportFormat(String parameter, String mediaType, String extension) {
    this.parameter = parameter;
    this.mediaType = mediaType;
    this.extension = extension;
  }

  static ReportFormat parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return JSON;
    }
    String wanted = raw.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> f.parameter.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                RuleViolation.input(
                    "format",
                    "unknown-value",
                    "Unbekanntes Format "
                        + raw
                        + "; möglich: "
                        + Arrays.stream(values())
                            .map(f -> f.parameter)
                            .collect(Collectors.joining(", "))));
  }

  MediaType mediaType() {
    return MediaType.parseMediaType(mediaType);
  }

  String extension() {
    return extension;
  }

  /** The report in this format, its stamp in the city's time {@code zone}. */
  byte[] write(StatusReport report, ZoneId zone) {
    return switch (this) {
      case CSV -> CsvExport.write(report, zone, ',');
      case CSV_SEMICOLON -> CsvExport.write(report, zone, ';');
      case XLSX -> XlsxExport.write(report, zone);
      case PDF -> PdfExport.write(report, zone);
      case JSON -> throw new IllegalStateException("JSON is answered as a record");
    };
  }
}
