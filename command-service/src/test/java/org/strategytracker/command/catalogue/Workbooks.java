package org.strategytracker.command.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds XLSX workbooks as a city's spreadsheet would hold them: text, numbers and real date cells.
 */
final class Workbooks {

  private Workbooks() {}

  /**
   * @param sheets sheet name to rows, the first row being the header
   */
  static byte[] xlsx(Map<String, List<List<Object>>> sheets) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
      sheets.forEach(
          (name, rows) -> {
            Sheet sheet = book.createSheet(name);
            for (int r = 0; r < rows.size(); r++) {
              Row row = sheet.createRow(r);
              for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                Cell cell = row.createCell(c);
                if (value instanceof Number number) {
                  cell.setCellValue(number.doubleValue());
                } else if (value instanceof LocalDate day) {
                  cell.setCellValue(day);
                  cell.setCellStyle(date);
                } else if (value != null) {
                  cell.setCellValue(value.toString());
                }
              }
            }
          });
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
