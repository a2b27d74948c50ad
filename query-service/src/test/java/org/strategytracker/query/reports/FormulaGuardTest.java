package org.strategytracker.query.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormulaGuardTest {

  @Test
  void prefixesTextsThatASpreadsheetWouldReadAsFormulas() {
    for (String formula : new String[] {"=1+1", "+1", "-1+1", "@SUM(1)", "\tx", "\rx"}) {
      assertThat(FormulaGuard.text(formula)).isEqualTo("'" + formula);
    }
    assertThat(FormulaGuard.text("Radverkehr = Zukunft")).isEqualTo("Radverkehr = Zukunft");
    assertThat(FormulaGuard.text("")).isEmpty();
  }

  @Test
  void keepsNumbersNumericAndNeutralisesTheSameDigitsAsText() {
    BigDecimal negative = new BigDecimal("-3.5");

    assertThat(FormulaGuard.cell(negative)).isSameAs(negative);
    assertThat(FormulaGuard.cell(-2)).isEqualTo(-2);
    assertThat(FormulaGuard.cell("-3.5")).isEqualTo("'-3.5");
    assertThat(FormulaGuard.cell(null)).isNull();
  }
}
