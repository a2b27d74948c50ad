package org.strategytracker.command.catalogue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.strategytracker.command.catalogue.Catalogue.KpiRow;
import org.strategytracker.command.catalogue.Catalogue.MeasureRow;
import org.strategytracker.command.catalogue.Catalogue.MilestoneRow;
import org.strategytracker.command.catalogue.Catalogue.Origin;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.KpiId;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.events.measure.MilestoneId;
import org.strategytracker.events.measure.OrgUnit;
import org.strategytracker.events.measure.Period;
import org.strategytracker.platform.web.InputRules;

/**
 * Checks every row of a catalogue and reports every problem at once, so that a city fixes its file
 * in one round. What a cell can get wrong is checked here; the measure's own rules stay with the
 * aggregate, whose rejection during the import rolls the whole import back.
 */
@Component
public class CatalogueValidator {

  static final int TITLE_MAX = 200;
  static final int NAME_MAX = 120;
  static final int TEXT_MAX = 5000;
  static final int UNIT_MAX = 40;
  private static final Set<String> MULTI_LINE =
      Set.of("description", "measurability", "discrepancies");

  /**
   * The most rows (measures, milestones and KPIs together) one import takes: a city's catalogue has
   * a few hundred (Aachen's: 144), and every row becomes commands in one transaction.
   */
  static final int MAX_ROWS = 5000;

  public List<ImportProblem> validate(Catalogue catalogue) {
    List<ImportProblem> problems = new ArrayList<>();
    int rows =
        catalogue.measures().size() + catalogue.milestones().size() + catalogue.kpis().size();
    if (rows > MAX_ROWS) {
      return List.of(
          ImportProblem.ofFile(
              TabularCatalogue.MEASURES,
              "too-many-rows",
              "Der Katalog hat "
                  + rows
                  + " Zeilen (Maßnahmen, Meilensteine und Kennzahlen); höchstens "
                  + MAX_ROWS
                  + " werden in einem Import angenommen."));
    }
    InputRules.textProblem("document", catalogue.document(), InputRules.Lines.SINGLE)
        .ifPresent(
            p ->
                problems.add(
                    ImportProblem.ofFile(TabularCatalogue.MEASURES, p.rule(), p.message())));
    if (catalogue.measures().isEmpty()) {
      problems.add(
          ImportProblem.ofFile(
              TabularCatalogue.MEASURES, "empty", "Der Katalog enthält keine Maßnahme."));
    }
    Set<String> measureIds = new HashSet<>();
    for (MeasureRow row : catalogue.measures()) {
      Rows check = new Rows(row.origin(), problems);
      check.texts(row);
      if (check.valid(
              "id", row.id(), MeasureId::new, "eine Kennung aus Kleinbuchstaben, Ziffern und „-“")
          && !measureIds.add(row.id())) {
        check.problem("id", "duplicate-id", "Die Kennung „" + row.id() + "“ kommt mehrfach vor.");
      }
      check.text("title", row.title(), TITLE_MAX, true);
      check.text("fieldOfAction", row.fieldOfAction(), NAME_MAX, true);
      check.valid(
          "leadUnit",
          row.leadUnit(),
          OrgUnit::of,
          "ein Fachbereich wie „FB 61“, „FB 11/400“, „E 26“ oder „Dez. V“");
      row.coLeadUnits()
          .forEach(
              unit -> check.valid("coLeadUnits", unit, OrgUnit::of, "ein Fachbereich wie „FB 61“"));
      row.units()
          .forEach(
              unit ->
                  check.valid(
                      "collaboratorUnits",
                      unit,
                      Collaborator::unit,
                      "ein Fachbereich wie „FB 61“"));
      row.partners().forEach(partner -> check.text("partners", partner, NAME_MAX, true));
      row.groups().forEach(group -> check.text("groups", group, NAME_MAX, true));
      if (check.required("priority", row.priority())) {
        check.valid("priority", row.priority(), Cells::priority, "1, 2 oder 3", "priority-range");
      }
      check.text("description", row.description(), TEXT_MAX, false);
      check.text("measurability", row.measurability(), TEXT_MAX, false);
      check.text("period", row.period(), Period.MAX_TEXT_LENGTH, false);
    }
    Set<String> milestoneIds = new HashSet<>();
    for (MilestoneRow row : catalogue.milestones()) {
      Rows check = new Rows(row.origin(), problems);
      check.texts(row);
      check.knownMeasure(row.measureId(), measureIds);
      if (check.valid(
              "id", row.id(), MilestoneId::new, "eine Kennung aus Kleinbuchstaben, Ziffern und „-“")
          && !milestoneIds.add(row.measureId() + "/" + row.id())) {
        check.problem(
            "id",
            "duplicate-id",
            "Der Meilenstein „" + row.id() + "“ kommt bei „" + row.measureId() + "“ mehrfach vor.");
      }
      check.text("title", row.title(), TITLE_MAX, true);
      check.date("due", row.due());
    }
    Set<String> kpiIds = new HashSet<>();
    for (KpiRow row : catalogue.kpis()) {
      Rows check = new Rows(row.origin(), problems);
      check.texts(row);
      check.knownMeasure(row.measureId(), measureIds);
      if (check.valid(
              "id", row.id(), KpiId::new, "eine Kennung aus Kleinbuchstaben, Ziffern und „-“")
          && !kpiIds.add(row.measureId() + "/" + row.id())) {
        check.problem(
            "id",
            "duplicate-id",
            "Die Kennzahl „" + row.id() + "“ kommt bei „" + row.measureId() + "“ mehrfach vor.");
      }
      check.text("name", row.name(), TITLE_MAX, true);
      check.text("unit", row.unit(), UNIT_MAX, true);
      if (check.required("direction", row.direction())) {
        check.valid(
            "direction",
            row.direction(),
            Cells::direction,
            "INCREASE, DECREASE oder MAINTAIN",
            "direction");
      }
      check.optional(
          "baseline", row.baseline(), Cells::decimal, "eine Zahl wie 12 oder 3,5", "number-format");
      check.optional(
          "target", row.target(), Cells::decimal, "eine Zahl wie 12 oder 3,5", "number-format");
      check.date("targetDate", row.targetDate());
      if (row.targetDate() != null && row.target() == null) {
        check.problem("target", "target-required", "Ein Zieldatum braucht einen Zielwert.");
      }
    }
    return problems;
  }

  /** The checks of one row, each adding a problem that names the row and the column. */
  private record Rows(Origin origin, List<ImportProblem> problems) {

    void problem(String column, String rule, String message) {
      problems.add(ImportProblem.at(origin, column, rule, message));
    }

    boolean required(String column, String value) {
      if (value == null || value.isBlank()) {
        problem(column, "required", "„" + column + "“ fehlt.");
        return false;
      }
      return true;
    }

    void text(String column, String value, int max, boolean required) {
      if (required && !required(column, value)) {
        return;
      }
      if (value != null && value.strip().length() > max) {
        problem(column, "length", "„" + column + "“ darf höchstens " + max + " Zeichen lang sein.");
      }
    }

    boolean valid(String column, String value, Function<String, ?> reader, String expected) {
      return required(column, value) && optional(column, value, reader, expected, "format");
    }

    boolean valid(
        String column, String value, Function<String, ?> reader, String expected, String rule) {
      return optional(column, value, reader, expected, rule);
    }

    boolean optional(
        String column, String value, Function<String, ?> reader, String expected, String rule) {
      if (value == null) {
        return true;
      }
      try {
        reader.apply(value);
        return true;
      } catch (IllegalArgumentException e) {
        problem(
            column,
            rule,
            "„"
                + value
                + "“ ist kein gültiger Wert für „"
                + column
                + "“: erwartet wird "
                + expected
                + ".");
        return false;
      }
    }

    /**
     * Applies the {@link InputRules} to every text cell of a row, found by reflection so that a
     * column added later is checked too; {@code description}, {@code measurability} and the
     * discrepancies may span lines.
     */
    void texts(Record row) {
      for (RecordComponent component : row.getClass().getRecordComponents()) {
        Object value;
        try {
          value = component.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + component, e);
        }
        InputRules.Lines lines =
            MULTI_LINE.contains(component.getName())
                ? InputRules.Lines.MULTI
                : InputRules.Lines.SINGLE;
        List<?> cells =
            value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
        for (Object cell : cells) {
          if (cell instanceof String text) {
            String column =
                component.getName().equals("units") ? "collaboratorUnits" : component.getName();
            InputRules.textProblem(column, text, lines)
                .ifPresent(p -> problem(column, p.rule(), p.message()));
          }
        }
      }
    }

    void date(String column, String value) {
      if (optional(
              column, value, Cells::date, "ein Datum wie 2024-12-31 oder 31.12.2024", "date-format")
          && value != null
          && !InputRules.inRange(Cells.date(value))) {
        problem(column, "date-range", InputRules.rangeMessage(column, value));
      }
    }

    void knownMeasure(String measureId, Set<String> measureIds) {
      if (required("measureId", measureId) && !measureIds.contains(measureId)) {
        problem(
            "measureId",
            "unknown-measure",
            "Die Maßnahme „" + measureId + "“ steht nicht in der Maßnahmen-Tabelle.");
      }
    }
  }
}
