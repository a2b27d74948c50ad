package org.strategytracker.command.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Component;

/**
 * Reads a catalogue from an XLSX workbook with Apache POI: sheet "Massnahmen" (or "Maßnahmen"),
 * optional sheets "Meilensteine" and "Kennzahlen", each with the CSV columns as its first row. Date
 * cells are read as ISO dates, number cells without Excel's display rounding.
 */
@Component
public class XlsxCatalogueReader {

  private final DataFormatter formatter = new DataFormatter();

  public Catalogue read(String document, CatalogueFile workbook) {
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook.content()))) {
      Sheet measures =
          Optional.ofNullable(book.getSheet(TabularCatalogue.MEASURES))
              .orElse(book.getSheet("Maßnahmen"));
      if (measures == null) {
        throw new CatalogueRejected(
            List.of(
                ImportProblem.ofFile(
                    TabularCatalogue.MEASURES,
                    "missing-sheet",
                    "Die Arbeitsmappe hat kein Blatt „" + TabularCatalogue.MEASURES + "“.")));
      }
      return TabularCatalogue.toCatalogue(
          document,
          table(TabularCatalogue.MEASURES, measures),
          Optional.ofNullable(book.getSheet(TabularCatalogue.MILESTONES))
              .map(sheet -> table(TabularCatalogue.MILESTONES, sheet)),
          Optional.ofNullable(book.getSheet(TabularCatalogue.KPIS))
              .map(sheet -> table(TabularCatalogue.KPIS, sheet)));
    } catch (IOException | RuntimeException e) {
      if (e instanceof CatalogueRejected rejected) {
        throw rejected;
      }
      throw new CatalogueRejected(
          List.of(
              ImportProblem.ofFile(
                  TabularCatalogue.MEASURES,
                  "xlsx-unreadable",
                  "Die Datei „" + workbook.name() + "“ ist keine lesbare XLSX-Arbeitsmappe.")));
    }
  }

  private CatalogueTable table(String name, Sheet sheet) {
    Row headerRow = sheet.getRow(sheet.getFirstRowNum());
    List<String> header = new ArrayList<>();
    if (headerRow != null) {
      for (int i = 0; i < headerRow.getLastCellNum(); i++) {
        String cell = text(headerRow.getCell(i));
        header.add(
            cell.isBlank() ? "" : TabularCatalogue.column(cell, TabularCatalogue.columnsOf(name)));
      }
    }
    List<CatalogueTable.Row> rows = new ArrayList<>();
    for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; row != null && i < header.size(); i++) {
        if (!header.get(i).isEmpty()) {
          cells.put(header.get(i), text(row.getCell(i)));
        }
      }
      if (cells.values().stream().anyMatch(value -> !value.isBlank())) {
        rows.add(new CatalogueTable.Row(r + 1, cells));
      }
    }
    return new CatalogueTable(name, header.stream().filter(h -> !h.isEmpty()).toList(), rows);
  }

  private String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
              : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      default -> formatter.formatCellValue(cell);
    };
  }
}
