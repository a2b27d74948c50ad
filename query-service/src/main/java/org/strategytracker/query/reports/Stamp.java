package org.strategytracker.query.reports;

import java.time.ZoneId;
import java.util.List;
import org.strategytracker.platform.german.German;

/**
 * What every export says about its own basis, so that it can be regenerated and checked: the moment
 * as the city's clock shows it, followed by the exact value the API takes.
 */
final class Stamp {

  static final String TITLE = "Statusbericht Digitalstrategie";

  private Stamp() {}

  static List<String> lines(StatusReport report, ZoneId zone) {
    return List.of(
        TITLE,
        "Stichtag: " + German.date(report.basis().asOf()),
        "Wissensstand: "
            + German.moment(report.basis().knownAt(), zone)
            + " ("
            + report.basis().knownAt()
            + ")",
        "Auswahl: " + report.scope().describe(),
        "Ereignisposition: " + report.basis().position(),
        "SHA-256 der Datenzeilen: " + report.sha256());
  }
}
