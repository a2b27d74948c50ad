package org.strategytracker.command.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.strategytracker.command.catalogue.Catalogue.KpiRow;
import org.strategytracker.command.catalogue.Catalogue.MeasureRow;
import org.strategytracker.command.catalogue.Catalogue.MilestoneRow;
import org.strategytracker.command.catalogue.Catalogue.Origin;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
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

  private final YAMLMapper yaml =
      YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /**
   * @param fallbackDocument the document's name when the file names none
   */
  public Catalogue read(CatalogueFile file, String fallbackDocument) {
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
