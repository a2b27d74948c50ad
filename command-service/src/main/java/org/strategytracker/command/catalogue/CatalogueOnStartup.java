package org.strategytracker.command.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.strategytracker.command.actor.Actor;

/**
 * Imports the configured catalogue when the service starts, so that a new installation comes up
 * with the city's whole strategy. A catalogue the store rejects is logged, not fatal: the tracker
 * stays usable and nothing of that import was recorded.
 */
@Component
@EnableConfigurationProperties(CatalogueProperties.class)
class CatalogueOnStartup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CatalogueOnStartup.class);

  private final CatalogueProperties properties;
  private final ResourceLoader resources;
  private final CatalogueReaders readers;
  private final CatalogueImporter importer;

  CatalogueOnStartup(
      CatalogueProperties properties,
      ResourceLoader resources,
      CatalogueReaders readers,
      CatalogueImporter importer) {
    this.properties = properties;
    this.resources = resources;
    this.readers = readers;
    this.importer = importer;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.importOnStart()) {
      return;
    }
    Resource resource = resources.getResource(properties.location());
    try (InputStream in = resource.getInputStream()) {
      CatalogueFile file =
          new CatalogueFile(
              resource.getFilename() == null ? properties.location() : resource.getFilename(),
              in.readAllBytes());
      importer.importCatalogue(readers.read(file, null, null, null), Actor.IMPORTER, false);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "catalogue " + properties.location() + " could not be read", e);
    } catch (CatalogueRejected e) {
      log.error("Katalog {} nicht importiert; nichts wurde erfasst:", properties.location());
      e.problems().forEach(problem -> log.error("  {}", problem));
    }
  }
}
