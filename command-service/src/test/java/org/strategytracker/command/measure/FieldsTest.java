package org.strategytracker.command.measure;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.strategytracker.events.measure.OrgUnit;
import org.strategytracker.events.measure.Priority;
import org.strategytracker.platform.web.RuleViolation;

/** A rejected value names its field and says in German what the value type accepts. */
class FieldsTest {

  @Test
  void explainsARejectedUnitCodeInGerman() {
    assertThatThrownBy(() -> Fields.required("leadUnit", "Amt 61!", OrgUnit::of))
        .isInstanceOf(RuleViolation.class)
        .hasMessage(
            "Ungültiger Wert für „leadUnit“: Ein Fachbereich oder eine Einheit wird als Kürzel wie"
                + " „FB 61“, „FB 11/400“, „E 26“ oder „Dez. V“ oder mit ihrem Namen angegeben,"
                + " nicht als „Amt 61!“.");
  }

  @Test
  void explainsARejectedPriorityInGerman() {
    assertThatThrownBy(() -> Fields.required("priority", 4, Priority::of))
        .hasMessage("Ungültiger Wert für „priority“: Die Priorität ist 1, 2 oder 3, nicht 4.");
  }
}
