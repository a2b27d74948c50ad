package org.strategytracker.query.timetravel;

import static org.strategytracker.query.support.Measures.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.strategytracker.events.measure.*;
import org.strategytracker.query.support.TimedEventLog;

/**
 * A measure's year with late entries and corrections: what was known on 15 July 2024 about 30 June
 * differs from what is known now about the same day.
 */
public final class TimelineFixtures {

  public static final LocalDate JUNE_30 = LocalDate.parse("2024-06-30");
  public static final String JULY_15 = "2024-07-15T10:00:00Z";

  private TimelineFixtures() {}

  /** Appends the year of measure {@code id}; answers the number of its events. */
  public static long year(TimedEventLog log, String id) {
    MeasureId m = new MeasureId(id);
    KpiId kpi = new KpiId("online-dienste");
    MilestoneId phase = new MilestoneId("ausschreibung");
    log.append(
        id,
        at("2024-01-10T09:00:00Z"),
        registered(id, "OZG-Umsetzung " + id, "Digitale Verwaltung", "FB 11/400", 2),
        "u-1",
        "FB 11",
        "Strategiebeschluss");
    log.append(
        id,
        at("2024-03-01T09:00:00Z"),
        status(id, Status.PLANNED, Status.IN_PROGRESS, "Start"),
        "Start");
    log.append(
        id,
        at("2024-03-05T09:00:00Z"),
        milestone(id, "ausschreibung", "Ausschreibung", LocalDate.parse("2024-05-31")),
        null);
    log.append(
        id,
        at("2024-03-05T09:05:00Z"),
        kpi(id, "online-dienste", "Online-Dienste", "0", "100", LocalDate.parse("2025-12-31")),
        null);
    log.append(
        id,
        at("2024-04-02T09:00:00Z"),
        value(id, "online-dienste", "v1", "10", LocalDate.parse("2024-03-31")),
        null);
    log.append(
        id,
        at("2024-05-20T09:00:00Z"),
        new MilestoneRescheduled(
            m,
            phase,
            LocalDate.parse("2024-05-31"),
            LocalDate.parse("2024-07-31"),
            "Vergabe verzögert"),
        "Vergabe verzögert");
    log.append(
        id,
        at("2024-06-10T09:00:00Z"),
        new ProgressReported(m, 30, Health.AMBER, "Verzug"),
        "Verzug");
    log.append(
        id,
        at("2024-07-05T09:00:00Z"),
        value(id, "online-dienste", "v2", "20", LocalDate.parse("2024-06-20")),
        null);
    // after 15 July: a late value, a late milestone, a correction, and changes that belong to later
    // days
    log.append(
        id,
        at("2024-07-20T09:00:00Z"),
        value(id, "online-dienste", "v3", "25", LocalDate.parse("2024-06-28")),
        "u-9",
        "FB 61",
        "nachgetragen");
    log.append(
        id,
        at("2024-07-25T09:00:00Z"),
        new MilestoneReached(m, phase, LocalDate.parse("2024-06-28"), "Zuschlag"),
        "u-9",
        "FB 61",
        "nachgetragen");
    log.append(
        id,
        at("2024-08-01T09:00:00Z"),
        new KpiValueCorrected(
            m,
            kpi,
            new KpiValueId("v2"),
            new BigDecimal("20"),
            new BigDecimal("22"),
            LocalDate.parse("2024-06-20"),
            LocalDate.parse("2024-06-20"),
            "Zählfehler"),
        "u-9",
        "FB 61",
        "Zählfehler");
    log.append(
        id,
        at("2024-09-01T09:00:00Z"),
        priority(id, 2, 1, "gesetzlich"),
        "u-1",
        "FB 11",
        "gesetzlich");
    return log.append(
        id,
        at("2024-09-02T09:00:00Z"),
        status(id, Status.IN_PROGRESS, Status.ON_HOLD, "Haushaltssperre"),
        "Haushaltssperre");
  }

  static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
