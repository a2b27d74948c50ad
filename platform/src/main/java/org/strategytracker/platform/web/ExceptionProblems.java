package org.strategytracker.platform.web;

import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * German problems for Spring MVC's own exceptions (unknown path, wrong method, unsupported format,
 * missing parameter, upload too large), which Spring answers in English by default.
 */
public final class ExceptionProblems {

  private ExceptionProblems() {}

  /**
   * The problem for one of Spring MVC's own exceptions, naming what was wrong where the exception
   * says it; otherwise the problem for its status.
   */
  public static ProblemDetail of(Exception e, HttpStatusCode status) {
    HttpStatus known = HttpStatus.resolve(status.value());
    if (known == null) {
      return StatusProblems.of(status.value());
    }
    if (e instanceof HttpRequestMethodNotSupportedException method) {
      return StatusProblems.input(
          known,
          "method-not-allowed",
          "Methode nicht erlaubt",
          "method",
          "Diese Adresse erlaubt die Methode "
              + method.getMethod()
              + " nicht"
              + (method.getSupportedHttpMethods() == null
                  ? "."
                  : "; erlaubt: "
                      + method.getSupportedHttpMethods().stream()
                          .map(Object::toString)
                          .sorted()
                          .collect(Collectors.joining(", "))
                      + "."));
    }
    if (e instanceof HttpMediaTypeNotSupportedException media) {
      return StatusProblems.input(
          known,
          "unsupported-media-type",
          "Format nicht unterstützt",
          "Content-Type",
          "Das Inhaltsformat "
              + (media.getContentType() == null ? "(keines)" : media.getContentType())
              + " wird hier nicht angenommen.");
    }
    if (e instanceof HttpMediaTypeNotAcceptableException) {
      return StatusProblems.of(known.value());
    }
    if (e instanceof MissingServletRequestParameterException missing) {
      return StatusProblems.input(
          known,
          "required",
          "Ungültige Eingabe",
          missing.getParameterName(),
          "Der Parameter " + missing.getParameterName() + " fehlt.");
    }
    if (e instanceof MissingServletRequestPartException missing) {
      return StatusProblems.input(
          known,
          "required",
          "Ungültige Eingabe",
          missing.getRequestPartName(),
          "Der Teil „" + missing.getRequestPartName() + "“ der Anfrage fehlt.");
    }
    if (e instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
      return StatusProblems.input(
          known,
          "invalid-value",
          "Ungültige Eingabe",
          mismatch.getPropertyName(),
          "Ungültiger Wert für " + mismatch.getPropertyName() + ".");
    }
    if (e instanceof MaxUploadSizeExceededException upload) {
      return StatusProblems.input(
          known,
          "too-large",
          "Anfrage zu groß",
          "file",
          upload.getMaxUploadSize() > 0
              ? "Die hochgeladene Datei darf höchstens "
                  + upload.getMaxUploadSize()
                  + " Bytes groß sein."
              : "Die hochgeladene Datei ist zu groß.");
    }
    return StatusProblems.of(known.value());
  }
}
