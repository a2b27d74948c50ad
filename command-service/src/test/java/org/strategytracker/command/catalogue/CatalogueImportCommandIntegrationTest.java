package org.strategytracker.command.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line entry, run as an operator would, against a real (embedded) PostgreSQL. */
class CatalogueImportCommandIntegrationTest {

  private static final String EPHEMERAL_DATABASE = "tracker.database.embedded.ephemeral=true";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void importsACsvCatalogueWithItsMilestonesAndPrintsTheReport(@TempDir Path folder)
      throws IOException {
    Path measures =
        Files.writeString(
            folder.resolve("massnahmen.csv"),
            CatalogueFilesIntegrationTest.MEASURES_HEADER
                + "\n"
                + "cli-portal,Bürgerportal,Bürgerservice,FB 11/400,,2,FB 13,,,,,2023 - 2025\n");
    Path milestones =
        Files.writeString(
            folder.resolve("meilensteine.csv"),
            "measureId,id,title,due\ncli-portal,start,Start,2024-01-31\n");

    int exit =
        run(measures.toString(), "--milestones=" + milestones, "--document=Strategie Musterstadt");

    assertThat(exit).as(text(err)).isZero();
    assertThat(text(out))
        .contains(
            "Import „Strategie Musterstadt“",
            "1 angelegt",
            "2 Ereignisse erfasst",
            "cli-portal: PlanMilestone");
  }

  @Test
  void recordsNothingInADryRunOfTheBuiltInCatalogue(@TempDir Path folder) throws IOException {
    Path aachen = folder.resolve("aachen.yml");
    try (var in = getClass().getResourceAsStream("/catalogue/aachen.yml")) {
      Files.copy(in, aachen);
    }

    int exit = run(aachen.toString(), "--dry-run");

    assertThat(exit).as(text(err)).isZero();
    assertThat(text(out))
        .contains("Probelauf „Digitale Strategie der Stadt Aachen“", "Ereignisse würden erfasst");
  }

  @Test
  void exitsWithOneAndNamesTheProblemsOfABadFile(@TempDir Path folder) throws IOException {
    Path measures =
        Files.writeString(
            folder.resolve("schlecht.csv"),
            "id;title;fieldOfAction;leadUnit;priority\nx;Titel;Feld;FB 11;4\n");

    assertThat(run(measures.toString())).isEqualTo(1);
    assertThat(text(err)).contains("Massnahmen, Zeile 2, Spalte priority", "[priority-range]");
  }

  @Test
  void exitsWithTwoAndShowsTheUsageForUnknownArguments() {
    assertThat(run("--unbekannt=1")).isEqualTo(2);
    assertThat(text(err)).contains("Aufruf: CatalogueImportCommand DATEI");
  }

  private int run(String... args) {
    return CatalogueImportCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        EPHEMERAL_DATABASE);
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
