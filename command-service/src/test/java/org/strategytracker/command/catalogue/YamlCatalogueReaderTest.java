package org.strategytracker.command.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class YamlCatalogueReaderTest {

  private final YamlCatalogueReader reader = new YamlCatalogueReader();

  @Test
  void flattensEachMeasuresMilestonesAndKpisIntoRowsThatNameTheirMeasure() {
    Catalogue catalogue =
        read(
            """
        measures:
          - id: portal
            title: Portal
            priority: 1
            collaborators: {units: ["FB 13"], partners: "regio iT"}
            milestones: [{id: start, title: Start, due: 2024-01-31}]
            kpis: [{id: k, name: Kennzahl, unit: Anzahl, direction: INCREASE, target: 3.50}]
        """);

    assertThat(catalogue.document()).isEqualTo("Ersatzname");
    assertThat(catalogue.measures().get(0).partners()).containsExactly("regio iT");
    assertThat(catalogue.milestones())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.measureId()).isEqualTo("portal");
              assertThat(m.due()).isEqualTo("2024-01-31");
              assertThat(m.origin()).isEqualTo(new Catalogue.Origin("measures[1].milestones", 1));
            });
    assertThat(catalogue.kpis())
        .singleElement()
        .extracting(Catalogue.KpiRow::target)
        .isEqualTo("3.50");
  }

  @Test
  void reportsMisspeltKeysAndListsWhereOneValueBelongs() {
    assertThatThrownBy(
            () ->
                read(
                    """
        document: Test
        measures:
          - id: portal
            prioritaet: 1
            title: [Portal, Zweitname]
        """))
        .isInstanceOfSatisfying(
            CatalogueRejected.class,
            e ->
                assertThat(e.problems())
                    .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::rule)
                    .containsExactlyInAnyOrder(
                        tuple(1, "prioritaet", "unknown-key"), tuple(1, "title", "format")));
  }

  @Test
  void reportsAFileThatIsNoYamlCatalogue() {
    assertThatThrownBy(() -> read("measures: [unclosed"))
        .isInstanceOfSatisfying(
            CatalogueRejected.class,
            e ->
                assertThat(e.problems())
                    .extracting(ImportProblem::rule)
                    .containsExactly("yaml-syntax"));
    assertThatThrownBy(() -> read("titel: Portal"))
        .isInstanceOfSatisfying(
            CatalogueRejected.class,
            e ->
                assertThat(e.problems())
                    .extracting(ImportProblem::rule)
                    .containsExactly("yaml-structure"));
  }

  private Catalogue read(String yaml) {
    return reader.read(
        new CatalogueFile("k.yml", yaml.getBytes(StandardCharsets.UTF_8)), "Ersatzname");
  }
}
