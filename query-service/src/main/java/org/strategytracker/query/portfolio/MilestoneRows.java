package org.strategytracker.query.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.strategytracker.query.portfolio.MeasureDetail.MilestoneView;

/**
 * Reads a milestone row — of the live portfolio or of a past state — into its answer, overdue when
 * due before {@code day} and neither reached nor dropped.
 */
public final class MilestoneRows {

  private MilestoneRows() {}

  /** The milestone in the current row; {@code idColumn} names the column that holds its id. */
  public static MilestoneView view(ResultSet rs, String idColumn, LocalDate day)
      throws SQLException {
    LocalDate due = rs.getObject("due_date", LocalDate.class);
    LocalDate reached = rs.getObject("reached_on", LocalDate.class);
    boolean dropped = rs.getBoolean("dropped");
    return new MilestoneView(
        rs.getString(idColumn),
        rs.getString("title"),
        due,
        rs.getObject("planned_due_date", LocalDate.class),
        reached,
        dropped,
        due != null && due.isBefore(day) && reached == null && !dropped,
        rs.getInt("times_slipped"));
  }
}
