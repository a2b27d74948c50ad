package org.strategytracker.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strategytracker.platform.web.InputRules.Lines;

class InputRulesTest {

  @Test
  void acceptsPrintableTextAndCompleteSurrogatePairs() {
    assertThat(InputRules.textProblem("title", "Bürger*innen 😀 ✓", Lines.SINGLE)).isEmpty();
  }

  @Test
  void acceptsTabAndLineBreaksOnlyInMultiLineTexts() {
    assertThat(InputRules.textProblem("reason", "a\tb\r\nc", Lines.MULTI)).isEmpty();
    assertThat(InputRules.textProblem("title", "a\nb", Lines.SINGLE))
        .get()
        .extracting(FieldError::rule)
        .isEqualTo("control-character");
  }

  @Test
  void rejectsNulDeleteAndC1ControlsEverywhere() {
    for (String text : List.of("a\u0000b", "a\u007fb", "a\u0085b", "a\u001bb")) {
      assertThat(InputRules.textProblem("reason", text, Lines.MULTI)).as(text).isPresent();
    }
  }

  @Test
  void rejectsLoneHighAndLowSurrogates() {
    for (String text : List.of("a\ud800", "\udc00a", "a\ud800b", "\udc00\ud800")) {
      assertThat(InputRules.textProblem("comment", text, Lines.MULTI))
          .get()
          .extracting(FieldError::rule)
          .isEqualTo("unpaired-surrogate");
    }
  }

  @Test
  void keepsDatesBetween1900And2200() {
    assertThat(InputRules.inRange(LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(InputRules.inRange(LocalDate.of(2200, 12, 31))).isTrue();
    assertThat(InputRules.inRange(LocalDate.of(1899, 12, 31))).isFalse();
    assertThat(InputRules.inRange(LocalDate.of(2201, 1, 1))).isFalse();
    assertThat(InputRules.inRange(Instant.parse("2200-12-31T23:59:59Z"))).isTrue();
    assertThat(InputRules.inRange(Instant.parse("2201-01-01T00:00:00Z"))).isFalse();
  }

  record Inner(String name, LocalDate due) {}

  record Outer(String title, String reason, List<Inner> items) {}

  @Test
  void namesTheNestedComponentThatBreaksARule() {
    Outer ok = new Outer("T", "a\nb", List.of(new Inner("n", LocalDate.of(2024, 1, 1))));
    InputRecords.requireValid(ok, Set.of("reason"));

    assertThatThrownBy(
            () ->
                InputRecords.requireValid(
                    new Outer("T", "R", List.of(new Inner("n", LocalDate.of(1, 1, 1)))),
                    Set.of("reason")))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.field()).isEqualTo("items[0].due");
              assertThat(e.rule()).isEqualTo("date-range");
            });
    assertThatThrownBy(
            () -> InputRecords.requireValid(new Outer("a\nb", "R", List.of()), Set.of("reason")))
        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("title"));
  }
}
