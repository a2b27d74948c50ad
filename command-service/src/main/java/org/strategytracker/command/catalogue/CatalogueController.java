package org.strategytracker.command.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.strategytracker.command.actor.ActorResolver;
import org.strategytracker.platform.web.FieldError;
import org.strategytracker.platform.web.Problems;

/**
 * Imports a city's catalogue: CSV or XLSX as multipart upload, YAML as request body. Answers with
 * the import report, or with every problem of the file as problem+json, having recorded nothing.
 */
@RestController
@RequestMapping("/api/v1/catalogue/imports")
@Tag(
    name = "Katalog importieren",
    description =
        "Maßnahmenkatalog einer Stadt laden; dieselbe Datei zweimal zu laden erfasst nichts Neues")
class CatalogueController {

  private final CatalogueReaders readers;
  private final CatalogueImporter importer;
  private final ActorResolver actors;

  CatalogueController(CatalogueReaders readers, CatalogueImporter importer, ActorResolver actors) {
    this.readers = readers;
    this.importer = importer;
    this.actors = actors;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Katalog als CSV (Maßnahmen, optional Meilensteine und Kennzahlen) oder XLSX hochladen")
  ImportReport upload(
      @RequestPart("file") MultipartFile file,
      @RequestPart(name = "milestones", required = false) MultipartFile milestones,
      @RequestPart(name = "kpis", required = false) MultipartFile kpis,
      @RequestParam(required = false) String document,
      @RequestParam(defaultValue = "false") boolean dryRun,
      HttpServletRequest request) {
    var actor = actors.resolve(request);
    CatalogueFile measures = file(file);
    if (measures == null) {
      throw new CatalogueRejected(
          List.of(
              ImportProblem.ofFile(
                  TabularCatalogue.MEASURES,
                  "required",
                  "Die Datei der Maßnahmen („file“) fehlt oder ist leer.")));
    }
    Catalogue catalogue = readers.read(measures, file(milestones), file(kpis), document);
    return importer.importCatalogue(catalogue, actor, dryRun);
  }

  @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml"})
  @Operation(summary = "Katalog im YAML-Format des Aachener Katalogs senden")
  ImportReport yaml(
      @RequestBody byte[] body,
      @RequestParam(required = false) String document,
      @RequestParam(defaultValue = "false") boolean dryRun,
      HttpServletRequest request) {
    var actor = actors.resolve(request);
    Catalogue catalogue =
        readers.read(new CatalogueFile("katalog.yml", body), null, null, document);
    return importer.importCatalogue(catalogue, actor, dryRun);
  }

  @ExceptionHandler(CatalogueRejected.class)
  ResponseEntity<ProblemDetail> rejected(CatalogueRejected e) {
    List<FieldError> errors =
        e.problems().stream()
            .map(
                p ->
                    new FieldError(
                        p.table()
                            + (p.row() > 0 ? ", Zeile " + p.row() : "")
                            + (p.column().isEmpty() ? "" : ", Spalte " + p.column()),
                        p.rule(),
                        p.message()))
            .toList();
    ProblemDetail problem =
        Problems.problem(
            HttpStatus.BAD_REQUEST, "catalogue-rejected", "Katalog nicht importiert", errors);
    problem.setProperty("errors", e.problems());
    return Problems.answer(problem);
  }

  private static CatalogueFile file(MultipartFile part) {
    if (part == null || part.isEmpty()) {
      return null;
    }
    try {
      return new CatalogueFile(
          part.getOriginalFilename() == null ? part.getName() : part.getOriginalFilename(),
          part.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
