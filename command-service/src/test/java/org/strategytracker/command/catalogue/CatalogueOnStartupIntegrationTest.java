package org.strategytracker.command.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategytracker.command.actor.Actor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "tracker.catalogue.import-on-start=true"
    })
class CatalogueOnStartupIntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired CatalogueImporter importer;

  @Test
  void registersEveryMeasureOfTheAachenCatalogueAtStart() {
    Catalogue aachen = AachenCatalogueTest.aachen();
    List<String> registered =
        jdbc.sql(
                "SELECT aggregate_identifier FROM domain_event_entry WHERE payload_type LIKE '%MeasureRegistered'")
            .query(String.class)
            .list();

    assertThat(registered)
        .containsExactlyInAnyOrderElementsOf(
            aachen.measures().stream().map(Catalogue.MeasureRow::id).toList());
    assertThat(
            jdbc.sql("SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry")
                .query(Integer.class)
                .single())
        .isEqualTo(aachen.measures().size());
  }

  @Test
  void startsEveryMeasuresHistoryWithTheImportAndTheDocument() {
    List<JsonNode> firstEvents =
        jdbc
            .sql(
                "SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry WHERE sequence_number = 0")
            .query(String.class)
            .list()
            .stream()
            .map(JsonMapper.builder().build()::readTree)
            .toList();

    assertThat(firstEvents)
        .isNotEmpty()
        .allSatisfy(
            metadata -> {
              assertThat(metadata.path("source").asString()).isEqualTo("import");
              assertThat(metadata.path("actorId").asString()).isEqualTo("system:import");
              assertThat(metadata.path("reason").asString())
                  .isEqualTo("Import: Digitale Strategie der Stadt Aachen");
            });
  }

  @Test
  void recordsNothingWhenTheSameCatalogueIsImportedAgain() {
    int before = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Integer.class).single();

    ImportReport again =
        importer.importCatalogue(AachenCatalogueTest.aachen(), Actor.IMPORTER, false);

    assertThat(again.events()).isZero();
    assertThat(again.unchanged()).isEqualTo(again.measures());
    assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Integer.class).single())
        .isEqualTo(before);
  }

  @Test
  void reportsEveryDiscrepancyAndAliasOfTheCatalogue() {
    Catalogue aachen = AachenCatalogueTest.aachen();
    ImportReport report = importer.importCatalogue(aachen, Actor.IMPORTER, true);

    long discrepancies = aachen.measures().stream().mapToLong(m -> m.discrepancies().size()).sum();
    long aliases =
        aachen.measures().stream()
            .filter(m -> m.detailTitle() != null && !m.detailTitle().equals(m.title()))
            .count();
    assertThat(report.notes())
        .filteredOn(n -> n.kind() == ImportReport.Note.Kind.DISCREPANCY)
        .hasSize((int) discrepancies);
    assertThat(report.notes())
        .filteredOn(n -> n.kind() == ImportReport.Note.Kind.ALIAS)
        .hasSize((int) aliases);
    assertThat(report.notes())
        .filteredOn(n -> n.kind() == ImportReport.Note.Kind.CO_LEAD)
        .isNotEmpty();
  }
}
