package org.strategytracker.query.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The label of a milestone or KPI in an entry's summary, filled in by the statement that writes the
 * entry instead of read before it: the projection's writes are sent in batches at commit, so a read
 * in the middle of a batch would cost a round trip of its own. {@link Summaries} gets a marker
 * instead of the label; the statement puts the stored label (or the bare id) where the marker is.
 */
final class LabelSlot implements Function<String, String> {

  private static final String MARKER = "\uE000label\uE000";

  private String key;

  @Override
  public String apply(String key) {
    this.key = key;
    return MARKER;
  }

  /** The summary's SQL expression: a parameter, or the label spliced into it by a subquery. */
  String sql(String labelTable) {
    return key == null
        ? "?"
        : "? || coalesce((SELECT label FROM "
            + labelTable
            + " WHERE measure_id = ? AND label_key = ?), ?) || ?";
  }

  /** The leading parameters followed by those of {@link #sql}. */
  Object[] params(String summary, String measure, Object... leading) {
    List<Object> params = new ArrayList<>(Arrays.asList(leading));
    int at = key == null ? -1 : summary.indexOf(MARKER);
    if (at < 0) {
      params.add(summary);
      if (key != null) {
        params.addAll(Arrays.asList("", "", "", ""));
      }
    } else {
      params.addAll(
          Arrays.asList(
              summary.substring(0, at),
              measure,
              key,
              key.substring(key.indexOf(':') + 1),
              summary.substring(at + MARKER.length())));
    }
    return params.toArray();
  }
}
