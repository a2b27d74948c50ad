package org.strategytracker.command.catalogue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Reads a catalogue from CSV files: UTF-8 with or without byte order mark, comma or semicolon as
 * delimiter (whichever the header line uses), quoted cells as in RFC 4180. Parsing is left to
 * Apache Commons CSV.
 */
@Component
public class CsvCatalogueReader {

  /**
   * @param milestones the milestones file, or {@code null}
   * @param kpis the KPI file, or {@code null}
   */
  public Catalogue read(
      String document, CatalogueFile measures, CatalogueFile milestones, CatalogueFile kpis) {
    return TabularCatalogue.toCatalogue(
        document,
        table(TabularCatalogue.MEASURES, measures),
        Optional.ofNullable(milestones).map(file -> table(TabularCatalogue.MILESTONES, file)),
        Optional.ofNullable(kpis).map(file -> table(TabularCatalogue.KPIS, file)));
  }

  private static CatalogueTable table(String name, CatalogueFile file) {
    String text = utf8(name, file.content());
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter(text))
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header =
          parser.getHeaderNames().stream()
              .map(h -> TabularCatalogue.column(h, TabularCatalogue.columnsOf(name)))
              .toList();
      List<CatalogueTable.Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        int row = (int) record.getRecordNumber() + 1;
        if (record.size() != header.size()) {
          throw new CatalogueRejected(
              List.of(
                  new ImportProblem(
                      name,
                      row,
                      "",
                      "column-count",
                      "Die Zeile hat "
                          + record.size()
                          + " statt "
                          + header.size()
                          + " Spalten (Trennzeichen oder Anführungszeichen prüfen).")));
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          cells.put(header.get(i), record.get(i));
        }
        rows.add(new CatalogueTable.Row(row, cells));
      }
      return new CatalogueTable(name, header, rows);
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw new CatalogueRejected(
          List.of(
              ImportProblem.ofFile(
                  name,
                  "csv-syntax",
                  "Die CSV-Datei „" + file.name() + "“ ist nicht lesbar: " + e.getMessage())));
    }
  }

  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String headerLine = end < 0 ? text : text.substring(0, end);
    long semicolons = headerLine.chars().filter(c -> c == ';').count();
    long commas = headerLine.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }

  private static String utf8(String name, byte[] content) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CatalogueRejected(
          List.of(
              ImportProblem.ofFile(name, "encoding", "Die Datei ist nicht in UTF-8 gespeichert.")));
    }
  }
}
