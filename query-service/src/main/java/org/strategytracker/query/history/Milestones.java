package org.strategytracker.query.history;

import static org.strategytracker.platform.german.German.because;
import static org.strategytracker.platform.german.German.date;
import static org.strategytracker.platform.german.German.number;
import static org.strategytracker.platform.german.German.quoted;
import static org.strategytracker.platform.german.German.target;
import static org.strategytracker.query.history.Summaries.comment;
import static org.strategytracker.query.history.Summaries.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.strategytracker.events.measure.*;
import org.strategytracker.platform.german.German;

/** Summaries of the events about milestones and KPIs, and of events this version does not know. */
final class Milestones {

  private Milestones() {}

  static String milestoneKey(MilestoneId id) {
    return "milestone:" + id.value();
  }

  static String kpiKey(KpiId id) {
    return "kpi:" + id.value();
  }

  static Described describe(Object event, String metaReason, Function<String, String> label) {
    if (event instanceof MilestonePlanned e) {
      return new Described(
          "Meilenstein "
              + quoted(e.title())
              + (e.dueDate() == null ? " ohne Fälligkeitsdatum" : " zum " + date(e.dueDate()))
              + " geplant",
          List.of(
              new Change(
                  "milestone." + e.milestoneId().value() + ".dueDate", null, text(e.dueDate()))),
          metaReason);
    }
    if (event instanceof MilestoneRescheduled e) {
      String milestone = quoted(label.apply(milestoneKey(e.milestoneId())));
      String moved =
          e.previousDueDate() == null
              ? "Fälligkeit des Meilensteins "
                  + milestone
                  + " auf "
                  + date(e.dueDate())
                  + " festgelegt"
              : "Meilenstein "
                  + milestone
                  + " von "
                  + date(e.previousDueDate())
                  + " auf "
                  + date(e.dueDate())
                  + " verschoben";
      return new Described(
          moved + because(e.reason()),
          List.of(
              new Change(
                  "milestone." + e.milestoneId().value() + ".dueDate",
                  text(e.previousDueDate()),
                  text(e.dueDate()))),
          e.reason());
    }
    if (event instanceof MilestoneReached e) {
      return new Described(
          "Meilenstein "
              + quoted(label.apply(milestoneKey(e.milestoneId())))
              + " am "
              + date(e.reachedOn())
              + " erreicht"
              + comment(e.comment(), metaReason),
          List.of(
              new Change(
                  "milestone." + e.milestoneId().value() + ".reachedOn",
                  null,
                  e.reachedOn().toString())),
          metaReason);
    }
    if (event instanceof MilestoneDropped e) {
      return new Described(
          "Meilenstein "
              + quoted(label.apply(milestoneKey(e.milestoneId())))
              + " aufgegeben"
              + because(e.reason()),
          List.of(new Change("milestone." + e.milestoneId().value(), "geplant", "aufgegeben")),
          e.reason());
    }
    if (event instanceof KpiDefined e) {
      return new Described(
          "Kennzahl "
              + quoted(e.name())
              + " definiert ("
              + German.direction(e.direction())
              + (e.target() == null
                  ? ", ohne Ziel"
                  : ", Ziel " + target(e.target(), e.targetDate()))
              + ")",
          List.of(new Change("kpi." + e.kpiId().value(), null, e.name())),
          metaReason);
    }
    if (event instanceof KpiTargetChanged e) {
      return new Described(
          "Ziel der Kennzahl "
              + quoted(label.apply(kpiKey(e.kpiId())))
              + " von "
              + quoted(target(e.previousTarget(), e.previousTargetDate()))
              + " auf "
              + quoted(target(e.target(), e.targetDate()))
              + " geändert"
              + because(e.reason()),
          List.of(
              new Change(
                  "kpi." + e.kpiId().value() + ".target",
                  decimal(e.previousTarget()),
                  decimal(e.target()))),
          e.reason());
    }
    if (event instanceof KpiValueRecorded e) {
      return new Described(
          "Messwert "
              + number(e.value())
              + " für "
              + quoted(label.apply(kpiKey(e.kpiId())))
              + " (Stand "
              + date(e.observedOn())
              + ") erfasst",
          List.of(new Change("kpi." + e.kpiId().value() + ".value", null, number(e.value()))),
          metaReason);
    }
    if (event instanceof KpiValueCorrected e) {
      return new Described(
          "Messwert für "
              + quoted(label.apply(kpiKey(e.kpiId())))
              + " von "
              + number(e.previousValue())
              + " (Stand "
              + date(e.previousObservedOn())
              + ") auf "
              + number(e.value())
              + " (Stand "
              + date(e.observedOn())
              + ") korrigiert"
              + because(e.reason()),
          List.of(
              new Change(
                  "kpi." + e.kpiId().value() + ".value",
                  number(e.previousValue()),
                  number(e.value()))),
          e.reason());
    }
    return new Described(
        "Unbekanntes Ereignis " + quoted(event.getClass().getSimpleName()), List.of(), metaReason);
  }

  /** A target for the changes: as in the summary, {@code null} for none. */
  private static String decimal(BigDecimal value) {
    return value == null ? null : number(value);
  }
}
