package org.strategytracker.query.reports;

import java.util.List;

/** What every export says about its own basis, so that it can be regenerated and checked. */
final class Stamp {

  static final String TITLE = "Statusbericht Digitalstrategie";

  private Stamp() {}

  static List<String> lines(StatusReport report) {
    return List.of(
        TITLE,
        "Stichtag: " + report.basis().asOf(),
        "Wissensstand: " + report.basis().knownAt(),
        "Ereignisposition: " + report.basis().position(),
        "SHA-256 der Datenzeilen: " + report.sha256());
  }
}
