package org.strategytracker.query.portfolio;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.strategytracker.platform.web.RuleViolation;

/**
 * The progress bands the dashboard counts and the list filters by: no report yet, then quarters of
 * the way, then done. One definition for the live and the past answers, so their figures agree.
 */
public enum ProgressBand {
  NONE("none", null, null),
  FROM_0("0-24", 0, 24),
  FROM_25("25-49", 25, 49),
  FROM_50("50-74", 50, 74),
  FROM_75("75-99", 75, 99),
  COMPLETE("100", 100, null);

  /** The parameter's description in the API documentation. */
  public static final String DESCRIPTION =
      "Fortschritt: none (keine Meldung), 0-24, 25-49, 50-74, 75-99 oder 100 (Prozent)";

  private final String code;
  private final Integer from;
  private final Integer to;

  ProgressBand(String code, Integer from, Integer to) {
    this.code = code;
    this.from = from;
    this.to = to;
  }

  /** The value in the API ({@code none}, {@code 0-24}, ... {@code 100}). */
  public String code() {
    return code;
  }

  /** The band of a percentage; {@code null} (never reported) is {@link #NONE}. */
  public static ProgressBand of(Integer percentComplete) {
    if (percentComplete == null) {
      return NONE;
    }
    return Arrays.stream(values())
        .filter(
            b ->
                b != NONE && percentComplete >= b.from && (b.to == null || percentComplete <= b.to))
        .findFirst()
        .orElse(percentComplete < 0 ? FROM_0 : COMPLETE);
  }

  /** Reads the {@code progress} parameter; blank is no filter, anything else unknown is a 400. */
  public static ProgressBand parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return Arrays.stream(values())
        .filter(b -> b.code.equals(raw.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                RuleViolation.input(
                    "progress",
                    "unknown-value",
                    "Fortschritt als "
                        + Arrays.stream(values())
                            .map(ProgressBand::code)
                            .collect(Collectors.joining(", "))
                        + ", war: "
                        + raw));
  }

  /** The band as a condition on the column {@code percent_complete}. */
  String sql() {
    if (this == NONE) {
      return "percent_complete IS NULL";
    }
    return "percent_complete >= " + from + (to == null ? "" : " AND percent_complete <= " + to);
  }
}
