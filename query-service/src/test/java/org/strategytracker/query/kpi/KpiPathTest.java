package org.strategytracker.query.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.strategytracker.events.measure.KpiDirection;

class KpiPathTest {

  static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final LocalDate END = LocalDate.of(2024, 12, 31);

  @Test
  void judgesAnIncreasingKpiAgainstTheStraightLineFromBaselineToTarget() {
    KpiPath path = KpiPath.of(KpiDirection.INCREASE, bd("0"), START, null, null, bd("100"), END);
    LocalDate midYear = START.plusDays(183);

    assertThat(path.onTrack(bd("51"), midYear)).isTrue();
    assertThat(path.onTrack(bd("40"), midYear)).isFalse();
    assertThat(path.onTrack(bd("100"), END.plusDays(10))).isTrue();
  }

  @Test
  void judgesADecreasingKpiBelowTheLineAsOnTrack() {
    KpiPath path = KpiPath.of(KpiDirection.DECREASE, bd("100"), START, null, null, bd("0"), END);

    assertThat(path.onTrack(bd("40"), START.plusDays(183))).isTrue();
    assertThat(path.onTrack(bd("60"), START.plusDays(183))).isFalse();
  }

  @Test
  void judgesAMaintainedKpiWithinFivePercent() {
    KpiPath path = KpiPath.of(KpiDirection.MAINTAIN, bd("100"), START, null, null, bd("100"), END);

    assertThat(path.onTrack(bd("104"), START.plusDays(30))).isTrue();
    assertThat(path.onTrack(bd("94"), START.plusDays(30))).isFalse();
  }

  @Test
  void startsAtTheFirstValueWhenThereIsNoBaseline() {
    KpiPath path =
        KpiPath.of(
            KpiDirection.INCREASE, null, START, bd("50"), START.plusDays(10), bd("100"), END);

    assertThat(path.start()).isEqualByComparingTo("50");
    assertThat(path.onTrack(bd("50"), START.plusDays(10))).isTrue();
  }

  @Test
  void cannotTellWithoutTargetOrValueAndSaysSoWithNull() {
    assertThat(
            KpiPath.of(KpiDirection.INCREASE, bd("0"), START, null, null, null, null)
                .onTrack(bd("5"), END))
        .isNull();
    assertThat(
            KpiPath.of(KpiDirection.INCREASE, bd("0"), START, null, null, bd("9"), END)
                .onTrack(null, null))
        .isNull();
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
