package org.strategytracker.platform.web;

import java.util.List;
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
 * German problems for failures that arrive as a bare status or as one of Spring MVC's own
 * exceptions (unknown path, wrong method, unsupported format, upload too large), and for Tomcat's
 * and the firewall's rejections, so that they read like every answer of the controller advice.
 */
public final class StatusProblems {

  private StatusProblems() {}

  /** The problem for a status alone, when nothing more is known about the failure. */
  public static ProblemDetail of(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    if (known == null) {
      known = status >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
    }
    return switch (known) {
      case BAD_REQUEST ->
          input(
              known,
              "bad-request",
              "Ungültige Anfrage",
              "request",
              "Die Anfrage ist fehlerhaft (Adresse, Kopfzeilen oder Inhalt) und wurde nicht"
                  + " verarbeitet.");
      case UNAUTHORIZED ->
          input(
              known,
              "unauthenticated",
              "Anmeldung erforderlich",
              "Authorization",
              "Bitte anmelden.");
      case FORBIDDEN ->
          input(
              known,
              "forbidden",
              "Keine Berechtigung",
              "role",
              "Ihre Rolle erlaubt diese Aktion nicht.");
      case NOT_FOUND ->
          input(known, "not-found", "Nicht gefunden", "path", "Diese Adresse gibt es nicht.");
      case METHOD_NOT_ALLOWED ->
          input(
              known,
              "method-not-allowed",
              "Methode nicht erlaubt",
              "method",
              "Diese Adresse erlaubt die Methode der Anfrage nicht.");
      case NOT_ACCEPTABLE ->
          input(
              known,
              "not-acceptable",
              "Format nicht lieferbar",
              "Accept",
              "Die Antwort gibt es nicht im verlangten Format.");
      case REQUEST_TIMEOUT ->
          input(
              known,
              "timeout",
              "Zeitüberschreitung",
              "request",
              "Die Anfrage kam nicht rechtzeitig vollständig an.");
      case CONTENT_TOO_LARGE ->
          input(known, "too-large", "Anfrage zu groß", "body", "Der Inhalt ist zu groß.");
      case URI_TOO_LONG ->
          input(known, "uri-too-long", "Adresse zu lang", "path", "Die Adresse ist zu lang.");
      case UNSUPPORTED_MEDIA_TYPE ->
          input(
              known,
              "unsupported-media-type",
              "Format nicht unterstützt",
              "Content-Type",
              "Dieses Inhaltsformat wird hier nicht angenommen.");
      case TOO_MANY_REQUESTS ->
          input(
              known,
              "rate-limited",
              "Zu viele Anfragen",
              "request",
              "Zu viele Anfragen; bitte später erneut versuchen.");
      case REQUEST_HEADER_FIELDS_TOO_LARGE ->
          input(
              known,
              "headers-too-large",
              "Kopfzeilen zu groß",
              "headers",
              "Die Kopfzeilen der Anfrage sind zu groß.");
      case SERVICE_UNAVAILABLE ->
          input(
              known,
              "unavailable",
              "Vorübergehend nicht verfügbar",
              "service",
              "Der Dienst ist gerade nicht verfügbar; bitte später erneut versuchen.");
      default ->
          known.is4xxClientError()
              ? input(
                  known,
                  "rejected",
                  "Anfrage abgelehnt",
                  "request",
                  "Die Anfrage wurde abgelehnt (Status " + status + ").")
              : Problems.problem(known, "internal", "Interner Fehler", List.of());
    };
  }

  /**
   * The problem for one of Spring MVC's own exceptions, naming what was wrong where the exception
   * says it; otherwise the problem for its status.
   */
  public static ProblemDetail of(Exception e, HttpStatusCode status) {
    HttpStatus known = HttpStatus.resolve(status.value());
    if (known == null) {
      return of(status.value());
    }
    if (e instanceof HttpRequestMethodNotSupportedException method) {
      return input(
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
      return input(
          known,
          "unsupported-media-type",
          "Format nicht unterstützt",
          "Content-Type",
          "Das Inhaltsformat "
              + (media.getContentType() == null ? "(keines)" : media.getContentType())
              + " wird hier nicht angenommen.");
    }
    if (e instanceof HttpMediaTypeNotAcceptableException) {
      return of(known.value());
    }
    if (e instanceof MissingServletRequestParameterException missing) {
      return input(
          known,
          "required",
          "Ungültige Eingabe",
          missing.getParameterName(),
          "Der Parameter " + missing.getParameterName() + " fehlt.");
    }
    if (e instanceof MissingServletRequestPartException missing) {
      return input(
          known,
          "required",
          "Ungültige Eingabe",
          missing.getRequestPartName(),
          "Der Teil „" + missing.getRequestPartName() + "“ der Anfrage fehlt.");
    }
    if (e instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
      return input(
          known,
          "invalid-value",
          "Ungültige Eingabe",
          mismatch.getPropertyName(),
          "Ungültiger Wert für " + mismatch.getPropertyName() + ".");
    }
    if (e instanceof MaxUploadSizeExceededException upload) {
      return input(
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
    return of(known.value());
  }

  private static ProblemDetail input(
      HttpStatus status, String rule, String title, String field, String message) {
    return Problems.problem(status, rule, title, List.of(new FieldError(field, rule, message)));
  }
}
