package org.strategytracker.command.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.springframework.stereotype.Component;
import org.strategytracker.command.catalogue.Catalogue.KpiRow;
import org.strategytracker.command.catalogue.Catalogue.MeasureRow;
import org.strategytracker.command.catalogue.Catalogue.MilestoneRow;
import org.strategytracker.command.catalogue.Catalogue.Origin;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the catalogue format the built-in Aachen catalogue is written in ({@code
 * catalogue/aachen.yml}): measures with their milestones, KPIs and the discrepancies found while
 * deriving them. Unknown keys are problems, so a misspelt key is not silently ignored.
 */
@Component
public class YamlCatalogueReader {

  static final String TABLE = "measures";
  private static final Set<String> ROOT_KEYS =
      Set.of("document", "measures", "unmatchedDetailPages");
  private static final Set<String> MEASURE_KEYS =
      Set.of(
          "id",
          "title",
          "fieldOfAction",
          "leadUnit",
          "coLeadUnits",
          "priority",
          "detailTitle",
          "collaborators",
          "description",
          "measurability",
          "period",
          "milestones",
          "kpis",
          "discrepancies");
  private static final Set<String> LIST_KEYS =
      Set.of("coLeadUnits", "collaborators", "milestones", "kpis", "discrepancies");
  private static final Set<String> COLLABORATOR_KEYS = Set.of("units", "partners", "groups");
  private static final Set<String> MILESTONE_KEYS = Set.of("id", "title", "due");
  private static final Set<String> KPI_KEYS =
      Set.of("id", "name", "unit", "direction", "baseline", "target", "targetDate");

  /**
   * The longest line read. SnakeYAML scans one very long line (a key of millions of characters) for
   * seconds per megabyte; a catalogue's longest line is a description of at most {@value
   * CatalogueValidator#TEXT_MAX} characters, so a longer line is refused before parsing.
   */
  static final int MAX_LINE_LENGTH = 4 * CatalogueValidator.TEXT_MAX;

  private static final int MAX_DEPTH = 20;
  private static final int MAX_BYTES = 10 * 1024 * 1024;

  private final YAMLMapper yaml =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .loadSettings(
                      LoadSettings.builder()
                          .setCodePointLimit(MAX_BYTES)
                          .setMaxAliasesForCollections(50)
                          .setAllowRecursiveKeys(false)
                          .build())
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxNameLength(CatalogueValidator.NAME_MAX)
                          .maxStringLength(MAX_LINE_LENGTH)
                          .build())
                  .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  /**
   * @param fallbackDocument the document's name when the file names none
   */
  public Catalogue read(CatalogueFile file, String fallbackDocument) {
    longestLine(file.content());
    JsonNode root;
    try {
      root = yaml.readTree(file.content());
    } catch (JacksonException e) {
      throw new CatalogueRejected(
          List.of(
              ImportProblem.ofFile(
                  TABLE,
                  "yaml-syntax",
                  "Die YAML-Datei ist nicht lesbar: " + e.getOriginalMessage())));
    }
    if (root == null || !root.isObject() || !root.path("measures").isArray()) {
      throw new CatalogueRejected(
          List.of(
              ImportProblem.ofFile(
                  TABLE, "yaml-structure", "Die YAML-Datei braucht eine Liste „measures“.")));
    }
    List<ImportProblem> problems = new ArrayList<>();
    unknownKeys(root, ROOT_KEYS, new Origin(TABLE, 0), problems);
    List<MeasureRow> measures = new ArrayList<>();
    List<MilestoneRow> milestones = new ArrayList<>();
    List<KpiRow> kpis = new ArrayList<>();
    int number = 0;
    for (JsonNode node : root.path("measures").values()) {
      Origin origin = new Origin(TABLE, ++number);
      unknownKeys(node, MEASURE_KEYS, origin, problems);
      nestedValues(node, origin, problems);
      unknownKeys(node.path("collaborators"), COLLABORATOR_KEYS, origin, problems);
      measures.add(measure(origin, node));
      int m = 0;
      for (JsonNode milestone : node.path("milestones").values()) {
        Origin at = new Origin(TABLE + "[" + number + "].milestones", ++m);
        unknownKeys(milestone, MILESTONE_KEYS, at, problems);
        milestones.add(
            new MilestoneRow(
                at,
                text(node, "id"),
                text(milestone, "id"),
                text(milestone, "title"),
                text(milestone, "due")));
      }
      int k = 0;
      for (JsonNode kpi : node.path("kpis").values()) {
        Origin at = new Origin(TABLE + "[" + number + "].kpis", ++k);
        unknownKeys(kpi, KPI_KEYS, at, problems);
        kpis.add(
            new KpiRow(
                at,
                text(node, "id"),
                text(kpi, "id"),
                text(kpi, "name"),
                text(kpi, "unit"),
                text(kpi, "direction"),
                text(kpi, "baseline"),
                text(kpi, "target"),
                text(kpi, "targetDate")));
      }
    }
    if (!problems.isEmpty()) {
      throw new CatalogueRejected(problems);
    }
    String document = text(root, "document");
    return new Catalogue(
        document == null ? fallbackDocument : document, measures, milestones, kpis);
  }

  private static void longestLine(byte[] content) {
    int line = 1;
    int length = 0;
    for (byte b : content) {
      if (b == '\n') {
        line++;
        length = 0;
      } else if ((b & 0xC0) != 0x80 && ++length > MAX_LINE_LENGTH) {
        throw new CatalogueRejected(
            List.of(
                new ImportProblem(
                    TABLE,
                    line,
                    "",
                    "line-length",
                    "Zeile "
                        + line
                        + " ist länger als "
                        + MAX_LINE_LENGTH
                        + " Zeichen; so lange Texte oder Schlüssel hat kein Katalog.")));
      }
    }
  }

  private static MeasureRow measure(Origin origin, JsonNode node) {
    JsonNode collaborators = node.path("collaborators");
    return new MeasureRow(
        origin,
        text(node, "id"),
        text(node, "title"),
        text(node, "fieldOfAction"),
        text(node, "leadUnit"),
        list(node.path("coLeadUnits")),
        text(node, "priority"),
        text(node, "detailTitle"),
        list(collaborators.path("units")),
        list(collaborators.path("partners")),
        list(collaborators.path("groups")),
        text(node, "description"),
        text(node, "measurability"),
        text(node, "period"),
        list(node.path("discrepancies")));
  }

  private static void unknownKeys(
      JsonNode node, Set<String> known, Origin origin, List<ImportProblem> problems) {
    if (node.isObject()) {
      node.propertyNames().stream()
          .filter(key -> !known.contains(key))
          .forEach(
              key ->
                  problems.add(
                      ImportProblem.at(
                          origin, key, "unknown-key", "Unbekannter Schlüssel „" + key + "“.")));
    }
  }

  private static void nestedValues(JsonNode node, Origin origin, List<ImportProblem> problems) {
    if (node.isObject()) {
      node.properties().stream()
          .filter(
              property ->
                  property.getValue().isContainer() && !LIST_KEYS.contains(property.getKey()))
          .forEach(
              property ->
                  problems.add(
                      ImportProblem.at(
                          origin,
                          property.getKey(),
                          "format",
                          "„"
                              + property.getKey()
                              + "“ ist ein einzelner Wert, keine Liste und keine Zuordnung.")));
    }
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.path(key);
    if (value.isMissingNode() || value.isNull() || value.isContainer()) {
      return null;
    }
    String text = value.asString();
    return text.isBlank() ? null : text.strip();
  }

  private static List<String> list(JsonNode node) {
    if (node.isArray()) {
      return node.values().stream()
          .filter(JsonNode::isValueNode)
          .map(JsonNode::asString)
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .toList();
    }
    return node.isValueNode() && !node.isNull() && !node.asString().isBlank()
        ? List.of(node.asString().strip())
        : List.of();
  }
}
