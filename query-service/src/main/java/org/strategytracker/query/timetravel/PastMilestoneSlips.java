package org.strategytracker.query.timetravel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strategytracker.query.projection.Times;
import org.strategytracker.query.timetravel.MilestoneSlips.DueDate;

/**
 * Every due date a milestone had by the end of the as-of day, as known at the basis position: a
 * reschedule recorded later is not part of the answer, so a trend chart printed then can be
 * reproduced.
 */
@Component
class PastMilestoneSlips {

  private final JdbcClient jdbc;
  private final AsOfQueries asOf;

  PastMilestoneSlips(JdbcClient jdbc, AsOfQueries asOf) {
    this.jdbc = jdbc;
    this.asOf = asOf;
  }

  /** Empty when the milestone was not planned by then. */
  Optional<MilestoneSlips> slips(
      Basis basis, String measureId, String milestoneId, boolean actorsVisible) {
    Map<String, Object> params = asOf.params(basis, measureId);
    params.put("milestone", milestoneId);
    Optional<String> title =
        jdbc.sql(
                "SELECT text_value FROM timeline_fact WHERE measure_id = :measure"
                    + " AND kind = 'MILESTONE' AND item_id = :milestone"
                    + " AND valid_at < :end AND global_index <= :p"
                    + " ORDER BY global_index LIMIT 1")
            .params(params)
            .query(String.class)
            .optional();
    if (title.isEmpty()) {
      return Optional.empty();
    }
    List<DueDate> dates =
        jdbc.sql(
                "SELECT * FROM timeline_fact WHERE measure_id = :measure"
                    + " AND kind = 'MILESTONE_DUE' AND item_id = :milestone"
                    + " AND valid_at < :end AND global_index <= :p ORDER BY global_index")
            .params(params)
            .query(
                (rs, n) -> {
                  LocalDate due = rs.getObject("date_value", LocalDate.class);
                  LocalDate previous = rs.getObject("previous_date", LocalDate.class);
                  return new DueDate(
                      due,
                      previous,
                      previous == null || due == null ? 0 : ChronoUnit.DAYS.between(previous, due),
                      Times.instant(rs, "recorded_at"),
                      actorsVisible ? rs.getString("actor_id") : null,
                      rs.getString("actor_unit"),
                      rs.getString("reason"));
                })
            .list();
    return Optional.of(new MilestoneSlips(basis, measureId, milestoneId, title.get(), dates));
  }
}
