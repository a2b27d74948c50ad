package org.strategytracker.command.measure;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.strategytracker.command.measure.MeasureRules.REASON_MAX;
import static org.strategytracker.command.measure.MeasureRules.TITLE_MAX;
import static org.strategytracker.command.measure.MeasureRules.finite;
import static org.strategytracker.command.measure.MeasureRules.notInFuture;
import static org.strategytracker.command.measure.MeasureRules.optionalText;
import static org.strategytracker.command.measure.MeasureRules.require;
import static org.strategytracker.command.measure.MeasureRules.requireReason;
import static org.strategytracker.command.measure.MeasureRules.requireText;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.strategytracker.events.measure.KpiDefined;
import org.strategytracker.events.measure.KpiId;
import org.strategytracker.events.measure.KpiTargetChanged;
import org.strategytracker.events.measure.KpiValueCorrected;
import org.strategytracker.events.measure.KpiValueId;
import org.strategytracker.events.measure.KpiValueRecorded;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.platform.web.RuleViolation;

/**
 * A KPI of a measure, an entity inside the {@link Measure} aggregate: defined by the measure, then
 * given new targets and recorded or corrected values, each value by its id. The measure has already
 * checked that it is open and that this KPI exists when a command arrives here.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.ANY,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
class Kpi {

  private static final int UNIT_MAX = 40;

  @EntityId private KpiId kpiId;
  private BigDecimal target;
  private LocalDate targetDate;
  private Map<String, RecordedValue> values = new HashMap<>();

  Kpi(KpiId kpiId, BigDecimal target, LocalDate targetDate) {
    this.kpiId = kpiId;
    this.target = target;
    this.targetDate = targetDate;
  }

  /**
   * Checks a new KPI's definition and states it as an event; the measure has checked that the id is
   * new.
   */
  static KpiDefined defined(MeasureId measureId, KpiId kpiId, DefineKpi command) {
    finite("baseline", command.baseline());
    finite("target", command.target());
    if (command.targetDate() != null && command.target() == null) {
      throw RuleViolation.input("target", "required", "Ein Zieldatum braucht einen Zielwert.");
    }
    return new KpiDefined(
        measureId,
        kpiId,
        requireText("name", command.name(), TITLE_MAX),
        requireText("unit", command.unit(), UNIT_MAX),
        require("direction", command.direction()),
        command.baseline(),
        command.target(),
        command.targetDate());
  }

  @CommandHandler
  long handle(ChangeKpiTarget command) {
    finite("target", command.target());
    String reason = requireReason(command.reason(), "ein Zielwert geändert wird");
    if (!Objects.equals(target, command.target())
        || !Objects.equals(targetDate, command.targetDate())) {
      apply(
          new KpiTargetChanged(
              command.measureId(),
              kpiId,
              target,
              targetDate,
              command.target(),
              command.targetDate(),
              reason));
    }
    return getVersion();
  }

  @CommandHandler
  long handle(RecordKpiValue command, Clock clock) {
    KpiValueId valueId = require("valueId", command.valueId());
    if (values.containsKey(valueId.value())) {
      throw RuleViolation.state(
          "valueId", "value-exists", "Den Messwert " + valueId + " gibt es bereits.");
    }
    finite("value", require("value", command.value()));
    notInFuture(
        "observedOn",
        require("observedOn", command.observedOn()),
        LocalDate.now(clock),
        "Das Beobachtungsdatum");
    apply(
        new KpiValueRecorded(
            command.measureId(),
            kpiId,
            valueId,
            command.value(),
            command.observedOn(),
            optionalText("comment", command.comment(), REASON_MAX)));
    return getVersion();
  }

  @CommandHandler
  long handle(CorrectKpiValue command, Clock clock) {
    RecordedValue recorded = values.get(require("valueId", command.valueId()).value());
    if (recorded == null) {
      throw RuleViolation.notFound(
          "valueId", "unknown-value", "Den Messwert " + command.valueId() + " gibt es nicht.");
    }
    finite("value", require("value", command.value()));
    LocalDate observedOn =
        command.observedOn() == null ? recorded.observedOn() : command.observedOn();
    notInFuture("observedOn", observedOn, LocalDate.now(clock), "Das Beobachtungsdatum");
    String reason = requireReason(command.reason(), "ein Messwert korrigiert wird");
    if (recorded.value().compareTo(command.value()) != 0
        || !observedOn.equals(recorded.observedOn())) {
      apply(
          new KpiValueCorrected(
              command.measureId(),
              kpiId,
              command.valueId(),
              recorded.value(),
              command.value(),
              recorded.observedOn(),
              observedOn,
              reason));
    }
    return getVersion();
  }

  KpiId kpiId() {
    return kpiId;
  }

  /**
   * Equal state: Axon's test fixture compares the measure that handled a command with the one
   * rebuilt from its events, and lists compare their entities with {@code equals}.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Kpi that
        && kpiId.equals(that.kpiId)
        && Objects.equals(target, that.target)
        && Objects.equals(targetDate, that.targetDate)
        && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return kpiId.hashCode();
  }

  @EventSourcingHandler
  void on(KpiTargetChanged event) {
    target = event.target();
    targetDate = event.targetDate();
  }

  @EventSourcingHandler
  void on(KpiValueRecorded event) {
    values.put(event.valueId().value(), new RecordedValue(event.value(), event.observedOn()));
  }

  @EventSourcingHandler
  void on(KpiValueCorrected event) {
    values.put(event.valueId().value(), new RecordedValue(event.value(), event.observedOn()));
  }

  /** Required by Jackson to read the measure's snapshots. */
  private Kpi() {}

  /** A recorded value as it stands after any corrections. */
  record RecordedValue(BigDecimal value, LocalDate observedOn) {}
}
