package org.strategytracker.command.catalogue;

import org.springframework.stereotype.Component;

/** Picks the reader for a catalogue file by its extension: YAML, CSV or XLSX. */
@Component
public class CatalogueReaders {

  private final YamlCatalogueReader yaml;
  private final CsvCatalogueReader csv;
  private final XlsxCatalogueReader xlsx;

  CatalogueReaders(YamlCatalogueReader yaml, CsvCatalogueReader csv, XlsxCatalogueReader xlsx) {
    this.yaml = yaml;
    this.csv = csv;
    this.xlsx = xlsx;
  }

  /**
   * @param document the document's name; {@code null} for the one the file names, else the file's
   *     name
   * @param milestones a CSV file of milestones next to a CSV file of measures, or {@code null}
   * @param kpis a CSV file of KPIs next to a CSV file of measures, or {@code null}
   */
  public Catalogue read(
      CatalogueFile measures, CatalogueFile milestones, CatalogueFile kpis, String document) {
    String name = document == null || document.isBlank() ? measures.baseName() : document.strip();
    if (measures.hasExtension("yml") || measures.hasExtension("yaml")) {
      Catalogue read = yaml.read(measures, name);
      return document == null || document.isBlank()
          ? read
          : new Catalogue(name, read.measures(), read.milestones(), read.kpis());
    }
    if (measures.hasExtension("xlsx")) {
      return xlsx.read(name, measures);
    }
    return csv.read(name, measures, milestones, kpis);
  }
}
