package org.strategytracker.command.catalogue;

/** The bytes of an uploaded or named file, with the name it came under. */
public record CatalogueFile(String name, byte[] content) {

  /** The name without folders and extension, used as the document's name when none is given. */
  public String baseName() {
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  public boolean hasExtension(String extension) {
    return name.toLowerCase().endsWith("." + extension);
  }
}
