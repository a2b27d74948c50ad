package org.strategytracker.events.measure;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation unit of the city administration, by its code: Fachbereiche ("FB 61", "FB
 * 11/400"), Eigenbetriebe ("E 26"), Dezernate ("Dez. V") and named units ("DSB", "VHS").
 *
 * <p>Codes are normalised, so "FB11/400", "FB 11/400" and "FB 11/400" are the same unit. A sub-unit
 * such as "FB 11/400" belongs to its parent "FB 11".
 */
public record OrgUnit(String code) {

  private static final Pattern NUMBERED =
      Pattern.compile("(?i)(FB|E|Dez\\.?)\\s*([0-9IVX]+)(?:\\s*/\\s*([0-9]+))?");
  private static final Pattern NAMED = Pattern.compile("[\\p{L}][\\p{L}0-9 .&-]{0,59}");

  public OrgUnit {
    Objects.requireNonNull(code, "unit code");
    code = normalise(code);
  }

  public static OrgUnit of(String code) {
    return new OrgUnit(code);
  }

  /** The unit this one belongs to ("FB 11" for "FB 11/400"), if any. */
  public Optional<OrgUnit> parent() {
    int slash = code.indexOf('/');
    return slash < 0 ? Optional.empty() : Optional.of(new OrgUnit(code.substring(0, slash)));
  }

  /** Whether this unit is {@code other} or one of its sub-units. */
  public boolean isWithin(OrgUnit other) {
    return code.equals(other.code) || code.startsWith(other.code + "/");
  }

  private static String normalise(String raw) {
    String trimmed = raw.strip().replaceAll("\\s+", " ");
    Matcher numbered = NUMBERED.matcher(trimmed);
    if (numbered.matches()) {
      String kind =
          numbered.group(1).toUpperCase().startsWith("DEZ")
              ? "Dez."
              : numbered.group(1).toUpperCase();
      String number = numbered.group(2).toUpperCase();
      return kind + " " + number + (numbered.group(3) == null ? "" : "/" + numbered.group(3));
    }
    if (NAMED.matcher(trimmed).matches()) {
      return trimmed;
    }
    throw new IllegalArgumentException(
        "Ein Fachbereich oder eine Einheit wird als Kürzel wie „FB 61“, „FB 11/400“, „E 26“ oder"
            + " „Dez. V“ oder mit ihrem Namen angegeben, nicht als „"
            + raw
            + "“.");
  }

  @Override
  public String toString() {
    return code;
  }
}
