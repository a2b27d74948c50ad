package org.strategytracker.command.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.strategytracker.events.measure.OrgUnit;

/** The built-in catalogue against the strategy document it was derived from. */
class AachenCatalogueTest {

  private static final String SEED = "shared/seeds/000_50b21cbc5aa58945.txt";
  private static final Pattern TABLE_HEADER =
      Pattern.compile("Arbeitsfeld\\s+Maßnahme\\s+Fachbereich\\s+Priorität");
  private static final String UNIT = "(?:[A-Z][A-Za-z]{0,2}\\.? ?\\d+(?:/\\d+)?|[A-Z]{2,4})";

  /**
   * A row ends with its unit(s), "DSB / FB 14" for two, and its priority; rows break over lines.
   */
  private static final Pattern ROW =
      Pattern.compile(
          " ?(?<text>.+?) (?<units>" + UNIT + "(?: / " + UNIT + ")*) (?<priority>[1-3])(?= |$)");

  static Catalogue aachen() {
    try (InputStream in = AachenCatalogueTest.class.getResourceAsStream("/catalogue/aachen.yml")) {
      return new YamlCatalogueReader()
          .read(new CatalogueFile("aachen.yml", in.readAllBytes()), "aachen");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void holdsEveryRowOfThePrioritisationTableAndNothingElse() throws IOException {
    Catalogue catalogue = aachen();
    List<String> fields =
        catalogue.measures().stream().map(Catalogue.MeasureRow::fieldOfAction).distinct().toList();
    List<TableRow> document =
        tableRows(Files.readString(seedDocument(), StandardCharsets.UTF_8), fields);
    List<TableRow> catalogued =
        catalogue.measures().stream()
            .map(
                m ->
                    new TableRow(
                        m.title(),
                        m.fieldOfAction(),
                        OrgUnit.of(m.leadUnit()),
                        m.coLeadUnits().stream().map(OrgUnit::of).toList(),
                        Integer.parseInt(m.priority())))
            .toList();

    assertThat(document).isNotEmpty();
    assertThat(catalogued).containsExactlyInAnyOrderElementsOf(document);
  }

  @Test
  void namesEveryFieldOfActionWhereTheTableStartsItsGroup() throws IOException {
    String table = tableText(Files.readString(seedDocument(), StandardCharsets.UTF_8));
    aachen().measures().stream()
        .map(Catalogue.MeasureRow::fieldOfAction)
        .distinct()
        .forEach(
            field ->
                assertThat(
                        Pattern.compile(
                                "(?m)^\\s*" + Pattern.quote(field).replace(" ", "\\E\\s+\\Q"))
                            .matcher(table)
                            .find())
                    .as("„%s“ begins a line of the table", field)
                    .isTrue());
  }

  @Test
  void passesEveryRuleOfTheImport() {
    assertThat(new CatalogueValidator().validate(aachen())).isEmpty();
  }

  @Test
  void namesTheDocumentItWasDerivedFrom() {
    assertThat(aachen().document()).isEqualTo("Digitale Strategie der Stadt Aachen");
  }

  /**
   * The rows of the table; a row whose text starts with a field of action opens that field's group.
   */
  private static List<TableRow> tableRows(String seed, List<String> fields) {
    String table =
        TABLE_HEADER.matcher(tableText(seed)).replaceAll(" ").replaceAll("\\s+", " ").strip();
    List<String> longestFirst =
        fields.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    List<TableRow> rows = new ArrayList<>();
    String field = null;
    Matcher row = ROW.matcher(table);
    int end = 0;
    while (row.find()) {
      assertThat(row.start()).as("nothing between rows at %s", row.start()).isEqualTo(end);
      end = row.end();
      String text = row.group("text").strip();
      Optional<String> opening =
          longestFirst.stream().filter(f -> text.startsWith(f + " ")).findFirst();
      if (opening.isPresent()) {
        field = opening.get();
      }
      String title = opening.map(f -> text.substring(f.length()).strip()).orElse(text);
      List<OrgUnit> units =
          Arrays.stream(row.group("units").split(" / ")).map(OrgUnit::of).toList();
      rows.add(
          new TableRow(
              title,
              field,
              units.get(0),
              units.subList(1, units.size()),
              Integer.parseInt(row.group("priority"))));
    }
    assertThat(table.substring(end)).as("text after the last row").isBlank();
    return rows;
  }

  /**
   * The table as written; a line ending in a hyphen without a space continues the word
   * ("IT-⏎Sicherheit").
   */
  private static String tableText(String seed) {
    Matcher header = TABLE_HEADER.matcher(seed);
    assertThat(header.find()).as("the prioritisation table's header").isTrue();
    int end = seed.indexOf("II. Maßnahmen", header.end());
    assertThat(end).as("the start of the detail pages").isPositive();
    return seed.substring(header.start(), end).replaceAll("-\\r?\\n\\s*", "-");
  }

  private static Path seedDocument() {
    Optional<Path> seed =
        Stream.iterate(Path.of("").toAbsolutePath(), dir -> dir != null, Path::getParent)
            .map(dir -> dir.resolve(SEED))
            .filter(Files::isRegularFile)
            .findFirst();
    assertThat(seed)
        .as("%s beside the project, above %s", SEED, Path.of("").toAbsolutePath())
        .isPresent();
    return seed.orElseThrow();
  }

  private record TableRow(
      String title, String field, OrgUnit leadUnit, List<OrgUnit> coLeadUnits, int priority) {}
}
