package org.strategytracker.command.measure;

import java.util.List;
import org.strategytracker.events.measure.Collaborator;
import org.strategytracker.events.measure.OrgUnit;

/** Who leads a measure and who works on it: what access decisions are based on. */
public record Responsibility(OrgUnit leadUnit, List<Collaborator> collaborators) {

  public Responsibility {
    collaborators = List.copyOf(collaborators);
  }
}
