package org.strategytracker.query.portfolio;

import java.util.List;
import org.strategytracker.events.measure.Collaborator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Collaborators as the portfolio table keeps them: a JSON array of name and kind. */
final class CollaboratorText {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CollaboratorText() {}

  static String write(List<Collaborator> collaborators) {
    return JSON.writeValueAsString(collaborators);
  }

  static List<Collaborator> read(String text) {
    return JSON.readValue(text, new TypeReference<List<Collaborator>>() {});
  }
}
