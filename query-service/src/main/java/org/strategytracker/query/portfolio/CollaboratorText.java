package org.strategytracker.query.portfolio;

import java.util.List;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.query.projection.StorableText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Collaborators as the portfolio table keeps them: a JSON array of name and kind. Names are made
 * storable first ({@link StorableText}): JSON would keep a U+0000 escaped and hand it on to
 * readers.
 */
final class CollaboratorText {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CollaboratorText() {}

  static String write(List<Collaborator> collaborators) {
    return JSON.writeValueAsString(
        collaborators.stream()
            .map(
                c ->
                    StorableText.replaces(c.name())
                        ? new Collaborator(StorableText.of(c.name()), c.kind())
                        : c)
            .toList());
  }

  static List<Collaborator> read(String text) {
    return JSON.readValue(text, new TypeReference<List<Collaborator>>() {});
  }
}
