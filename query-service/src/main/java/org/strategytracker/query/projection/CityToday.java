package org.strategytracker.query.projection;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** "Today" for overdue milestones and stale measures is the city's today, not the server's. */
@Component
public class CityToday {

  private final ZoneId zone;

  public CityToday(@Value("${tracker.time-zone:Europe/Berlin}") ZoneId zone) {
    this.zone = zone;
  }

  public LocalDate date() {
    return LocalDate.now(zone);
  }

  public ZoneId zone() {
    return zone;
  }
}
