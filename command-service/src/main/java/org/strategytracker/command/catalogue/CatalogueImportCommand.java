package org.strategytracker.command.catalogue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.strategytracker.command.CommandServiceApplication;
import org.strategytracker.command.actor.Actor;
import org.strategytracker.platform.axon.UsageReportingOptOut;

/**
 * Imports a catalogue file into the configured database from the command line, prints the report
 * and exits: 0 imported, 1 rejected (nothing recorded), 2 wrong arguments. It starts the command
 * service without its web server, so it writes through the same commands and rules as the API.
 *
 * <pre>CatalogueImportCommand FILE [--milestones=FILE] [--kpis=FILE] [--document=NAME] [--dry-run]
 * </pre>
 */
public final class CatalogueImportCommand {

  private CatalogueImportCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * @param properties Spring properties for the run ("key=value"), after the environment's
   */
  static int run(String[] args, PrintStream out, PrintStream err, String... properties) {
    Map<String, String> options = new HashMap<>();
    String measures = null;
    for (String arg : args) {
      if (arg.equals("--dry-run")) {
        options.put("dry-run", "true");
      } else if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      } else if (measures == null && !arg.startsWith("--")) {
        measures = arg;
      } else {
        measures = null;
        break;
      }
    }
    if (measures == null
        || !options.keySet().stream()
            .allMatch(key -> key.matches("milestones|kpis|document|dry-run"))) {
      err.println(
          "Aufruf: CatalogueImportCommand DATEI [--milestones=DATEI] [--kpis=DATEI] [--document=NAME] [--dry-run]");
      return 2;
    }
    UsageReportingOptOut.apply();
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(CommandServiceApplication.class)
            .web(WebApplicationType.NONE)
            .properties("tracker.catalogue.import-on-start=false", "spring.main.banner-mode=off")
            .properties(properties)
            .run()) {
      Catalogue catalogue =
          context
              .getBean(CatalogueReaders.class)
              .read(
                  file(measures),
                  file(options.get("milestones")),
                  file(options.get("kpis")),
                  options.get("document"));
      ImportReport report =
          context
              .getBean(CatalogueImporter.class)
              .importCatalogue(catalogue, Actor.IMPORTER, options.containsKey("dry-run"));
      out.println(report.summary());
      report.changes().forEach(change -> out.println("  + " + change));
      report.notes().forEach(note -> out.println("  ! " + note));
      return 0;
    } catch (CatalogueRejected e) {
      err.println("Katalog nicht importiert; nichts wurde erfasst:");
      e.problems().forEach(problem -> err.println("  " + problem));
      return 1;
    }
  }

  private static CatalogueFile file(String path) {
    if (path == null) {
      return null;
    }
    try {
      return new CatalogueFile(path, Files.readAllBytes(Path.of(path)));
    } catch (IOException e) {
      throw new CatalogueRejected(
          List.of(
              ImportProblem.ofFile(
                  path,
                  "unreadable",
                  "Die Datei „" + path + "“ ist nicht lesbar: " + e.getMessage())));
    }
  }
}
