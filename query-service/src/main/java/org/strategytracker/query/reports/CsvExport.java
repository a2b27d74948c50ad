package org.strategytracker.query.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The status report as CSV: UTF-8 with a byte order mark (so Excel reads the umlauts), the stamp as
 * {@code #} comment lines, a header row, one row per measure. Comma or semicolon (German Excel).
 * Text cells are quoted and guarded against being read as formulas ({@link FormulaGuard}); numbers
 * are written bare, so that spreadsheets take them as numbers.
 */
final class CsvExport {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private CsvExport() {}

  static byte[] write(StatusReport report, ZoneId zone, char delimiter) {
    CSVFormat format =
        CSVFormat.EXCEL
            .builder()
            .setDelimiter(delimiter)
            .setQuoteMode(QuoteMode.NON_NUMERIC)
            .setCommentMarker('#')
            .setHeaderComments(Stamp.lines(report, zone).toArray())
            .setHeader(StatusReport.HEADERS.toArray(String[]::new))
            .get();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      writer.write(BYTE_ORDER_MARK);
      try (CSVPrinter printer = new CSVPrinter(writer, format)) {
        for (StatusReport.Row row : report.rows()) {
          printer.printRecord(row.values().stream().map(FormulaGuard::cell).toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
