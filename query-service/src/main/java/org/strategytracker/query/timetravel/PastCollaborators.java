package org.strategytracker.query.timetravel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strategytracker.events.measure.Collaborator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The collaborators of measures as of a date: the list a measure was registered with, then every
 * addition and removal known by then, in the order they were recorded (the live portfolio's rules:
 * an addition of someone already there changes nothing).
 */
final class PastCollaborators {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<String, List<Collaborator>> byMeasure = new HashMap<>();

  static String write(List<Collaborator> collaborators) {
    return JSON.writeValueAsString(collaborators);
  }

  /** Applies one fact; facts must come in the order of their position. */
  void apply(String measureId, String kind, String name, String collaboratorKind) {
    List<Collaborator> list = byMeasure.computeIfAbsent(measureId, k -> new ArrayList<>());
    switch (kind) {
      case "COLLABORATORS" -> {
        list.clear();
        list.addAll(JSON.readValue(name, new TypeReference<List<Collaborator>>() {}));
      }
      case "COLLABORATOR_ADDED" -> {
        Collaborator added = collaborator(name, collaboratorKind);
        if (!list.contains(added)) {
          list.add(added);
        }
      }
      case "COLLABORATOR_REMOVED" -> list.remove(collaborator(name, collaboratorKind));
      default -> throw new IllegalArgumentException("not a collaborator fact: " + kind);
    }
  }

  List<Collaborator> of(String measureId) {
    return List.copyOf(byMeasure.getOrDefault(measureId, List.of()));
  }

  private static Collaborator collaborator(String name, String kind) {
    return new Collaborator(name, Collaborator.Kind.valueOf(kind));
  }
}
