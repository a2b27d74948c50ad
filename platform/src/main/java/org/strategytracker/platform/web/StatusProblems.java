package org.strategytracker.platform.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * German problems for failures that arrive as a bare status (Tomcat's rejections, the error page),
 * so that they read like every answer of the controller advice.
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

  static ProblemDetail input(
      HttpStatus status, String rule, String title, String field, String message) {
    return Problems.problem(status, rule, title, List.of(new FieldError(field, rule, message)));
  }
}
