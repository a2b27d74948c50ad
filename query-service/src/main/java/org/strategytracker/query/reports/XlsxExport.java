package org.strategytracker.query.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The status report as an Excel workbook: sheet "Statusbericht" with a header row and typed cells
 * (numbers as numbers, due dates as dates), sheet "Grundlage" with the stamp.
 */
final class XlsxExport {

  private XlsxExport() {}

  static byte[] write(StatusReport report, ZoneId zone) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      workbook
          .getProperties()
          .getCoreProperties()
          .setCreated(java.util.Optional.of(java.util.Date.from(report.basis().knownAt())));
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
      Sheet sheet = workbook.createSheet("Statusbericht");
      Row header = sheet.createRow(0);
      for (int i = 0; i < StatusReport.HEADERS.size(); i++) {
        header.createCell(i).setCellValue(StatusReport.HEADERS.get(i));
        header.getCell(i).setCellStyle(bold);
      }
      sheet.createFreezePane(0, 1);
      int r = 1;
      for (StatusReport.Row row : report.rows()) {
        fill(sheet.createRow(r++), row, date);
      }
      sheet.setAutoFilter(
          new org.apache.poi.ss.util.CellRangeAddress(
              0, Math.max(0, r - 1), 0, StatusReport.HEADERS.size() - 1));
      Sheet basis = workbook.createSheet("Grundlage");
      List<String> stamp = Stamp.lines(report, zone);
      for (int i = 0; i < stamp.size(); i++) {
        basis.createRow(i).createCell(0).setCellValue(stamp.get(i));
      }
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fill(Row row, StatusReport.Row data, CellStyle date) {
    int c = 0;
    row.createCell(c++).setCellValue(data.fieldOfAction());
    row.createCell(c++).setCellValue(data.measureId());
    row.createCell(c++).setCellValue(data.title());
    row.createCell(c++).setCellValue(data.leadUnit());
    row.createCell(c++).setCellValue(data.status());
    row.createCell(c++).setCellValue(data.priority());
    if (data.percentComplete() != null) {
      row.createCell(c).setCellValue(data.percentComplete());
    }
    c++;
    if (data.health() != null) {
      row.createCell(c).setCellValue(data.health());
    }
    c++;
    row.createCell(c++).setCellValue(data.milestones());
    row.createCell(c++).setCellValue(data.milestonesReached());
    row.createCell(c++).setCellValue(data.milestonesOverdue());
    if (data.nextMilestone() != null) {
      row.createCell(c).setCellValue(data.nextMilestone());
    }
    c++;
    if (data.nextDueDate() != null) {
      row.createCell(c).setCellValue(data.nextDueDate());
      row.getCell(c).setCellStyle(date);
    }
    c++;
    row.createCell(c++).setCellValue(data.kpis());
    row.createCell(c++).setCellValue(data.kpisOnTrack());
    row.createCell(c).setCellValue(data.kpisOffTrack());
  }
}
