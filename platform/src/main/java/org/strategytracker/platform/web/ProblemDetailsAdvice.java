package org.strategytracker.platform.web;

import java.sql.SQLTransientException;
import java.util.List;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Maps every failure to problem+json: bad input to 400 naming the field and the rule, broken domain
 * rules to 422, unknown ids to 404, stale versions to 412, a database that is away to 503 with
 * Retry-After (also when it went away during the commit, so that neither commit nor rollback got
 * through: a retry with the same idempotency key is then answered from whatever was stored), and
 * anything unexpected to a 500 without stack trace or SQL.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
  private static final java.util.regex.Pattern DUPLICATE_KEY =
      java.util.regex.Pattern.compile("^Duplicate .*?\"(.*)\"");

  @ExceptionHandler(RuleViolation.class)
  ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e) {
    HttpStatus status =
        switch (e.kind()) {
          case INPUT -> HttpStatus.BAD_REQUEST;
          case STATE -> HttpStatus.UNPROCESSABLE_CONTENT;
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    String title =
        switch (e.kind()) {
          case INPUT -> "Ungültige Eingabe";
          case STATE -> "Regel verletzt";
          case NOT_FOUND -> "Nicht gefunden";
          case FORBIDDEN -> "Keine Berechtigung";
        };
    return Problems.answer(
        Problems.problem(
            status, e.rule(), title, List.of(new FieldError(e.field(), e.rule(), e.getMessage()))));
  }

  @ExceptionHandler(AggregateNotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
    return Problems.answer(
        Problems.problem(
            HttpStatus.NOT_FOUND,
            "unknown-measure",
            "Nicht gefunden",
            List.of(
                new FieldError(
                    "id",
                    "unknown-measure",
                    "Diese Maßnahme gibt es nicht: " + e.getAggregateIdentifier()))));
  }

  @ExceptionHandler(ConflictingAggregateVersionException.class)
  ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException e) {
    return Problems.answer(
        Problems.problem(
            HttpStatus.PRECONDITION_FAILED,
            "stale-version",
            "Veraltete Version",
            List.of(
                new FieldError(
                    HttpHeaders.IF_MATCH,
                    "stale-version",
                    "Die Maßnahme wurde inzwischen geändert (aktuelle Version "
                        + (e.getActualVersion() + 1)
                        + "); bitte neu laden und erneut versuchen."))));
  }

  @ExceptionHandler(AggregateStreamCreationException.class)
  ResponseEntity<ProblemDetail> alreadyExists(AggregateStreamCreationException e) {
    return Problems.answer(
        Problems.problem(
            HttpStatus.CONFLICT,
            "already-exists",
            "Existiert bereits",
            List.of(
                new FieldError(
                    "id",
                    "already-exists",
                    "Eine Maßnahme mit dieser Kennung existiert bereits."))));
  }

  @ExceptionHandler(ConcurrencyException.class)
  ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException e) {
    return Problems.answer(
        Problems.problem(
            HttpStatus.CONFLICT,
            "concurrent-change",
            "Gleichzeitige Änderung",
            List.of(
                new FieldError(
                    "id",
                    "concurrent-change",
                    "Die Maßnahme wurde gleichzeitig geändert; bitte erneut versuchen."))));
  }

  @ExceptionHandler({
    CannotCreateTransactionException.class,
    DataAccessResourceFailureException.class,
    TransientDataAccessException.class,
    JdbcException.class,
    EventStoreException.class,
    TransactionSystemException.class
  })
  ResponseEntity<ProblemDetail> storeUnavailable(RuntimeException e) {
    log.warn("store unavailable: {}", e.toString());
    ProblemDetail problem = Problems.storeUnavailable();
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e) {
    return Problems.answer(
        Problems.problem(
            HttpStatus.BAD_REQUEST,
            "invalid-value",
            "Ungültige Eingabe",
            List.of(new FieldError("request", "invalid-value", e.getMessage()))));
  }

  @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
  ResponseEntity<ProblemDetail> undecodableParameter(IllegalStateException e) {
    return ruleViolation(ParameterRulesInterceptor.undecodable(e));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return Problems.answer(
        Problems.problem(
            HttpStatus.BAD_REQUEST,
            "invalid-value",
            "Ungültige Eingabe",
            List.of(
                new FieldError(
                    e.getName(), "invalid-value", "Ungültiger Wert für " + e.getName() + "."))));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (isTransientDatabaseFailure(e)) {
      return storeUnavailable(new DataAccessResourceFailureException(e.getMessage(), e));
    }
    log.error("unexpected failure", e);
    return Problems.answer(
        Problems.problem(
            HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Interner Fehler", List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field = "body";
    String message = "Der Inhalt ist kein gültiges JSON dieses Formats.";
    Throwable cause = e.getCause();
    while (cause != null && !(cause instanceof JacksonException)) {
      cause = cause.getCause();
    }
    String rule = "malformed-body";
    if (cause instanceof UnrecognizedPropertyException unknown) {
      field = jsonPath(unknown.getPath());
      rule = "unknown-field";
      message = "Unbekanntes Feld „" + field + "“.";
    } else if (cause instanceof JacksonException jackson
        && DUPLICATE_KEY.matcher(String.valueOf(jackson.getOriginalMessage())).find()) {
      var duplicate = DUPLICATE_KEY.matcher(jackson.getOriginalMessage());
      duplicate.find();
      field = duplicate.group(1);
      rule = "duplicate-key";
      message = "Das Feld „" + field + "“ kommt mehrfach vor; welcher Wert gilt, bleibt offen.";
    } else if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
      field = jsonPath(jackson.getPath());
      rule = "invalid-value";
      message =
          "Ungültiger Wert für „"
              + field
              + "“ (falscher Typ, unbekannter Wert oder fehlerhaftes Format).";
    }
    return problem(HttpStatus.BAD_REQUEST, rule, List.of(new FieldError(field, rule, message)));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(
                error ->
                    new FieldError(
                        error.getField(), ruleName(error.getCode()), error.getDefaultMessage()))
            .toList();
    return problem(HttpStatus.BAD_REQUEST, "validation", errors);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        e.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new FieldError(
                                    result.getMethodParameter().getParameterName(),
                                    ruleName(
                                        error.getCodes() == null
                                            ? null
                                            : error.getCodes()[error.getCodes().length - 1]),
                                    error.getDefaultMessage())))
            .toList();
    return problem(HttpStatus.BAD_REQUEST, "validation", errors);
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
    return Problems.answer(
        Problems.problem(
            HttpStatus.BAD_REQUEST,
            "required",
            "Ungültige Eingabe",
            List.of(
                new FieldError(
                    e.getHeaderName(),
                    "required",
                    "Der Header " + e.getHeaderName() + " fehlt."))));
  }

  /**
   * Spring MVC's own rejections (unknown path, wrong method, unsupported format, upload too large)
   * in German like every other answer; their headers (Allow, Accept) stay.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    HttpHeaders answer = new HttpHeaders();
    answer.addAll(headers);
    answer.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
    return super.handleExceptionInternal(
        e, ExceptionProblems.of(e, status), answer, status, request);
  }

  private ResponseEntity<Object> problem(HttpStatus status, String type, List<FieldError> errors) {
    ProblemDetail problem = Problems.problem(status, type, "Ungültige Eingabe", errors);
    return ResponseEntity.status(status)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static String jsonPath(List<JacksonException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JacksonException.Reference reference : path) {
      if (reference.getPropertyName() != null) {
        field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      }
    }
    return field.toString();
  }

  private static String ruleName(String code) {
    if (code == null) {
      return "invalid";
    }
    return switch (code) {
      case "NotNull", "NotBlank", "NotEmpty" -> "required";
      case "Size" -> "length";
      case "Min", "Max", "DecimalMin", "DecimalMax", "PositiveOrZero", "Positive" -> "range";
      case "Pattern" -> "format";
      default -> code.toLowerCase();
    };
  }

  /**
   * Connection failures (SQLState class 08) and a server shutting down or restarting (57P01–57P03)
   * are transient. The cause chain is searched because the driver may wrap them, even in an {@code
   * AssertionError} when a batch insert loses its connection (pgjdbc's {@code BatchResultHandler}).
   */
  private static boolean isTransientDatabaseFailure(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (isTransient(cause) || isDriverInternalError(cause)) {
        return true;
      }
      for (Throwable suppressed : cause.getSuppressed()) {
        if (isTransient(suppressed)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isTransient(Throwable cause) {
    return cause instanceof SQLTransientException
        || cause instanceof java.net.ConnectException
        || (cause instanceof java.sql.SQLException sql
            && sql.getSQLState() != null
            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))
        // Hikari's proxy of a connection the pool already closed: no SQLState
        || (cause instanceof java.sql.SQLException closed
            && "Connection is closed".equals(closed.getMessage()));
  }

  /**
   * pgjdbc throws an {@code AssertionError} without cause when a batch insert loses its connection
   * to a shutting-down server; no other error is raised from inside the driver.
   */
  private static boolean isDriverInternalError(Throwable cause) {
    StackTraceElement[] trace = cause.getStackTrace();
    return cause instanceof Error
        && trace.length > 0
        && trace[0].getClassName().startsWith("org.postgresql.");
  }
}
