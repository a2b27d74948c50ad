package org.strategytracker.query.history;

import static org.strategytracker.query.history.GermanText.because;
import static org.strategytracker.query.history.GermanText.date;
import static org.strategytracker.query.history.GermanText.number;
import static org.strategytracker.query.history.GermanText.quoted;

import java.util.List;
import java.util.function.Function;
import org.strategytracker.events.measure.*;

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
          "Meilenstein " + quoted(e.title()) + " zum " + date(e.dueDate()) + " geplant",
          List.of(
              new Change(
                  "milestone." + e.milestoneId().value() + ".dueDate",
                  null,
                  String.valueOf(e.dueDate()))),
          metaReason);
    }
    if (event instanceof MilestoneRescheduled e) {
      return new Described(
          "Meilenstein "
              + quoted(label.apply(milestoneKey(e.milestoneId())))
              + " von "
              + date(e.previousDueDate())
              + " auf "
              + date(e.dueDate())
              + " verschoben"
              + because(e.reason()),
          List.of(
              new Change(
                  "milestone." + e.milestoneId().value() + ".dueDate",
                  String.valueOf(e.previousDueDate()),
                  String.valueOf(e.dueDate()))),
          e.reason());
    }
    if (event instanceof MilestoneReached e) {
      return new Described(
          "Meilenstein "
              + quoted(label.apply(milestoneKey(e.milestoneId())))
              + " am "
              + date(e.reachedOn())
              + " erreicht"
              + because(e.comment()),
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
              + " definiert (Ziel "
              + number(e.target())
              + " bis "
              + date(e.targetDate())
              + ")",
          List.of(new Change("kpi." + e.kpiId().value(), null, e.name())),
          metaReason);
    }
    if (event instanceof KpiTargetChanged e) {
      return new Described(
          "Ziel der Kennzahl "
              + quoted(label.apply(kpiKey(e.kpiId())))
              + " von "
              + number(e.previousTarget())
              + " ("
              + date(e.previousTargetDate())
              + ") auf "
              + number(e.target())
              + " ("
              + date(e.targetDate())
              + ") geändert"
              + because(e.reason()),
          List.of(
              new Change(
                  "kpi." + e.kpiId().value() + ".target",
                  number(e.previousTarget()),
                  number(e.target()))),
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
    return new Described("Ereignis " + event.getClass().getSimpleName(), List.of(), metaReason);
  }
}
