package org.strategytracker.platform.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Applies the {@link InputRules} to every text and date inside a record, walking into nested
 * records and collections. A command is checked as a whole, so a field added to a command later is
 * checked without anyone having to remember it. The field named in a rejection is the component's
 * path ({@code title}, {@code collaborators[0].name}, {@code period.end}).
 */
public final class InputRecords {

  private InputRecords() {}

  /**
   * @param multiLine names of the components that may span lines (e.g. {@code reason}); every other
   *     text is single-line
   * @throws RuleViolation naming the first component that breaks a rule
   */
  public static void requireValid(Object record, Set<String> multiLine) {
    if (record != null && record.getClass().isRecord()) {
      components(record, "", multiLine);
    }
  }

  private static void value(String path, String name, Object value, Set<String> multiLine) {
    if (value instanceof String text) {
      InputRules.requireText(
          path, text, multiLine.contains(name) ? InputRules.Lines.MULTI : InputRules.Lines.SINGLE);
    } else if (value instanceof LocalDate day) {
      InputRules.requireDate(path, day);
    } else if (value instanceof Instant instant) {
      InputRules.requireInstant(path, instant);
    } else if (value instanceof Collection<?> items) {
      int index = 0;
      for (Object item : items) {
        value(path + "[" + index++ + "]", name, item, multiLine);
      }
    } else if (value != null && value.getClass().isRecord()) {
      components(value, path + ".", multiLine);
    }
  }

  private static void components(Object record, String prefix, Set<String> multiLine) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value;
      try {
        var accessor = component.getAccessor();
        accessor.setAccessible(true);
        value = accessor.invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + component, e);
      }
      value(prefix + component.getName(), component.getName(), value, multiLine);
    }
  }
}
