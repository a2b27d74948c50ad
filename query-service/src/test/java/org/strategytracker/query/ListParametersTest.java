package org.strategytracker.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.strategytracker.events.measure.OrgUnit;
import org.strategytracker.platform.web.RuleViolation;

class ListParametersTest {

  @Test
  void takesTheFirstPageAndTheStandardSizeUnlessGiven() {
    assertThat(ListParameters.page(null)).isZero();
    assertThat(ListParameters.page(3)).isEqualTo(3);
    assertThat(ListParameters.size(null, 50, 200)).isEqualTo(50);
    assertThat(ListParameters.size(200, 50, 200)).isEqualTo(200);
  }

  @Test
  void rejectsANegativePageAndASizeOutsideItsBoundsNamingTheParameter() {
    RuleViolation page = catchThrowableOfType(RuleViolation.class, () -> ListParameters.page(-1));
    RuleViolation size =
        catchThrowableOfType(RuleViolation.class, () -> ListParameters.size(501, 100, 500));

    assertThat(page.field()).isEqualTo("page");
    assertThat(page.rule()).isEqualTo("range");
    assertThat(size.field()).isEqualTo("size");
    assertThat(size).hasMessage("Die Seitengröße muss zwischen 1 und 500 liegen.");
    assertThat(catchThrowableOfType(RuleViolation.class, () -> ListParameters.size(0, 50, 1000)))
        .hasMessage("Die Seitengröße muss zwischen 1 und 1000 liegen.");
  }

  @Test
  void readsAUnitAndNamesTheCallersParameterWhenItIsMalformed() {
    assertThat(ListParameters.unit("leadUnit", "FB11/400")).isEqualTo(OrgUnit.of("FB 11/400"));
    assertThat(ListParameters.unit("leadUnit", " ")).isNull();

    RuleViolation bad =
        catchThrowableOfType(RuleViolation.class, () -> ListParameters.unit("unit", "??"));

    assertThat(bad.field()).isEqualTo("unit");
    assertThat(bad.rule()).isEqualTo("format");
  }

  @Test
  void stripsTextAndTakesBlankAsNotGiven() {
    assertThat(ListParameters.text("  Akte ")).isEqualTo("Akte");
    assertThat(ListParameters.text("   ")).isNull();
    assertThat(ListParameters.text(null)).isNull();
  }
}
