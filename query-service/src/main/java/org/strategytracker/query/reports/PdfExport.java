package org.strategytracker.query.reports;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.strategytracker.platform.german.German;

/**
 * The status report as a print-ready PDF: A4 landscape, German, one table per field of action. The
 * document's creation date is the report's "known at" moment, not the moment it was made, so the
 * same basis gives the same text.
 */
final class PdfExport {

  private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
  private static final Font TEXT = new Font(Font.HELVETICA, 8);
  private static final Font HEAD = new Font(Font.HELVETICA, 8, Font.BOLD);
  private static final List<String> COLUMNS =
      List.of(
          "Maßnahme",
          "Fachbereich",
          "Status",
          "Prio.",
          "Fortschritt",
          "Ampel",
          "Meilensteine",
          "Kennzahlen");

  private PdfExport() {}

  static byte[] write(StatusReport report, ZoneId zone) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    PdfWriter.getInstance(document, bytes);
    Calendar knownAt =
        GregorianCalendar.from(
            report.basis().knownAt().atZone(TimeZone.getTimeZone("UTC").toZoneId()));
    document.addCreationDate(new PdfDate(knownAt));
    document.addModificationDate(new PdfDate(knownAt));
    document.addTitle(Stamp.TITLE + " " + report.basis().asOf());
    document.open();
    List<String> stamp = Stamp.lines(report, zone);
    document.add(new Paragraph(stamp.get(0), TITLE));
    for (String line : stamp.subList(1, stamp.size())) {
      document.add(new Paragraph(line, TEXT));
    }
    Map<String, List<StatusReport.Row>> byField = new LinkedHashMap<>();
    report
        .rows()
        .forEach(
            row ->
                byField
                    .computeIfAbsent(row.fieldOfAction(), f -> new java.util.ArrayList<>())
                    .add(row));
    if (byField.isEmpty()) {
      document.add(new Paragraph("Zu diesem Stichtag gab es keine Maßnahmen.", TEXT));
    }
    for (Map.Entry<String, List<StatusReport.Row>> field : byField.entrySet()) {
      Paragraph heading = new Paragraph("Arbeitsfeld: " + field.getKey(), HEADING);
      heading.setSpacingBefore(12);
      heading.setSpacingAfter(4);
      document.add(heading);
      document.add(table(field.getValue()));
    }
    document.close();
    return bytes.toByteArray();
  }

  private static PdfPTable table(List<StatusReport.Row> rows) {
    PdfPTable table = new PdfPTable(new float[] {22, 8, 8, 4, 7, 10, 16, 25});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    COLUMNS.forEach(column -> table.addCell(new PdfPCell(new Phrase(column, HEAD))));
    for (StatusReport.Row row : rows) {
      cell(table, row.title() + " (" + row.measureId() + ")");
      cell(table, row.leadUnit());
      cell(table, row.status());
      cell(table, Integer.toString(row.priority()));
      cell(table, row.percentComplete() == null ? "–" : row.percentComplete() + " %");
      cell(table, row.health() == null ? "–" : row.health());
      cell(table, milestones(row));
      cell(table, row.kpis().isEmpty() ? "–" : row.kpis());
    }
    return table;
  }

  private static String milestones(StatusReport.Row row) {
    if (row.milestones() == 0) {
      return "–";
    }
    String text =
        row.milestones()
            + " gesamt, "
            + row.milestonesReached()
            + " erreicht, "
            + row.milestonesOverdue()
            + " überfällig";
    if (row.nextMilestone() == null) {
      return text;
    }
    return text
        + "; nächster: "
        + row.nextMilestone()
        + (row.nextDueDate() == null ? "" : " am " + German.date(row.nextDueDate()));
  }

  private static void cell(PdfPTable table, String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    table.addCell(cell);
  }
}
