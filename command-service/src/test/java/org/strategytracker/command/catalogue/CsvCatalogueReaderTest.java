package org.strategytracker.command.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvCatalogueReaderTest {

  private final CsvCatalogueReader reader = new CsvCatalogueReader();

  @Test
  void readsSemicolonsQuotedCellsAndListsAfterAByteOrderMark() {
    Catalogue catalogue =
        read(
            "\uFEFFID;Title;fieldOfAction;leadUnit;priority;partners\nportal;\"Portal; online\";Service;FB 11;1;regio iT | RWTH\n");

    Catalogue.MeasureRow row = catalogue.measures().get(0);
    assertThat(row.origin()).isEqualTo(new Catalogue.Origin("Massnahmen", 2));
    assertThat(row.id()).isEqualTo("portal");
    assertThat(row.title()).isEqualTo("Portal; online");
    assertThat(row.partners()).containsExactly("regio iT", "RWTH");
  }

  @Test
  void countsRowsAsASpreadsheetShowsThemAcrossLineBreaksInCells() {
    Catalogue catalogue =
        read(
            "id,title,fieldOfAction,leadUnit,priority,description\na,A,F,FB 11,1,\"zwei\nZeilen\"\nb,B,F,FB 11,2,\n");

    assertThat(catalogue.measures()).extracting(m -> m.origin().row()).containsExactly(2, 3);
    assertThat(catalogue.measures().get(0).description()).isEqualTo("zwei\nZeilen");
  }

  @Test
  void rejectsUnknownAndMissingColumns() {
    assertThatThrownBy(() -> read("id,titel,fieldOfAction,leadUnit\n"))
        .isInstanceOfSatisfying(
            CatalogueRejected.class,
            e ->
                assertThat(e.problems())
                    .extracting(ImportProblem::column, ImportProblem::rule)
                    .containsExactlyInAnyOrder(
                        tuple("titel", "unknown-column"),
                        tuple("title", "missing-column"),
                        tuple("priority", "missing-column")));
  }

  @Test
  void rejectsAFileThatIsNotUtf8() {
    byte[] latin1 =
        "id,title,fieldOfAction,leadUnit,priority\na,Bürger,F,FB 11,1\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> reader.read("Test", new CatalogueFile("m.csv", latin1), null, null))
        .isInstanceOfSatisfying(
            CatalogueRejected.class,
            e ->
                assertThat(e.problems())
                    .extracting(ImportProblem::rule)
                    .containsExactly("encoding"));
  }

  @Test
  void rejectsARowWithMoreCellsThanTheHeader() {
    assertThatThrownBy(
            () -> read("id,title,fieldOfAction,leadUnit,priority\na,A,F,FB 11,1,zu viel\n"))
        .isInstanceOfSatisfying(
            CatalogueRejected.class,
            e ->
                assertThat(e.problems())
                    .extracting(ImportProblem::row, ImportProblem::rule)
                    .containsExactly(tuple(2, "column-count")));
  }

  private Catalogue read(String measures) {
    return reader.read(
        "Test", new CatalogueFile("m.csv", measures.getBytes(StandardCharsets.UTF_8)), null, null);
  }
}
