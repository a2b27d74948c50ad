package org.strategytracker.command.measure;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.strategytracker.events.measure.Status;

/** A rejected status change says in German words which statuses there are, never their codes. */
class StatusRulesTest {

  @Test
  void namesTheForbiddenAndThePossibleStatusesInGerman() {
    assertThatThrownBy(() -> StatusRules.requireTransition(Status.PLANNED, Status.COMPLETED))
        .hasMessage(
            "Der Status kann nicht von „Geplant“ auf „Abgeschlossen“ wechseln; möglich ist „In"
                + " Umsetzung“, „Pausiert“ oder „Abgebrochen“.");
    assertThatThrownBy(() -> StatusRules.requireTransition(Status.ON_HOLD, Status.PLANNED))
        .hasMessage(
            "Der Status kann nicht von „Pausiert“ auf „Geplant“ wechseln; möglich ist „In"
                + " Umsetzung“ oder „Abgebrochen“.");
  }

  @Test
  void saysAClosedMeasureIsClosedInGerman() {
    assertThatThrownBy(() -> StatusRules.requireOpen(Status.COMPLETED))
        .hasMessage("Die Maßnahme ist abgeschlossen und nimmt nur noch ein Wiedereröffnen an.");
    assertThatThrownBy(() -> StatusRules.requireOpen(Status.CANCELLED))
        .hasMessage("Die Maßnahme ist abgebrochen und nimmt nur noch ein Wiedereröffnen an.");
  }

  @Test
  void namesTheStatusesAReopenedMeasureMayGetInGerman() {
    assertThatThrownBy(() -> StatusRules.reopenTarget(Status.COMPLETED, Status.CANCELLED))
        .hasMessage(
            "Eine Maßnahme wird mit dem Status „Geplant“, „In Umsetzung“ oder „Pausiert“ wieder"
                + " geöffnet.");
  }
}
