package org.strategytracker.events.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrgUnitTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "FB02/300    | FB 02/300",
        "FB 02/300   | FB 02/300",
        "FB  11/400  | FB 11/400",
        "fb 61       | FB 61",
        "FB 11 / 400 | FB 11/400",
        "E 26        | E 26",
        "E26         | E 26",
        "Dez. V      | Dez. V",
        "Dez V       | Dez. V",
        "Dez.III     | Dez. III",
        "DSB         | DSB",
        "VHS         | VHS"
      })
  void normalisesTheWaysTheDocumentWritesAUnit(String written, String code) {
    assertThat(OrgUnit.of(written).code()).isEqualTo(code);
  }

  @Test
  void treatsTheSameCodeWrittenWithAndWithoutSpaceAsOneUnit() {
    assertThat(OrgUnit.of("FB02/300"))
        .isEqualTo(OrgUnit.of("FB 02/300"))
        .hasSameHashCodeAs(OrgUnit.of("FB 02/300"));
  }

  @Test
  void placesASubUnitUnderItsFachbereich() {
    assertThat(OrgUnit.of("FB 11/400").parent()).contains(OrgUnit.of("FB 11"));
    assertThat(OrgUnit.of("FB02/300").parent()).contains(OrgUnit.of("FB 02"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"FB 11", "E 26", "Dez. V", "DSB", "VHS"})
  void knowsTopLevelUnitsHaveNoParent(String code) {
    assertThat(OrgUnit.of(code).parent()).isEmpty();
  }

  @Test
  void countsASubUnitAsWithinItsParentAndItself() {
    OrgUnit subUnit = OrgUnit.of("FB 11/400");
    assertThat(subUnit.isWithin(OrgUnit.of("FB 11"))).isTrue();
    assertThat(subUnit.isWithin(OrgUnit.of("FB11/400"))).isTrue();
    assertThat(OrgUnit.of("FB 11").isWithin(subUnit)).isFalse();
  }

  @Test
  void doesNotMistakeAFachbereichWithALongerNumberForASubUnit() {
    assertThat(OrgUnit.of("FB 110").isWithin(OrgUnit.of("FB 11"))).isFalse();
    assertThat(OrgUnit.of("E 26").isWithin(OrgUnit.of("E 2"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "11/400", "FB/400", "(FB 11)"})
  void rejectsTextThatIsNoUnitCode(String written) {
    assertThatThrownBy(() -> OrgUnit.of(written)).isInstanceOf(IllegalArgumentException.class);
  }
}
