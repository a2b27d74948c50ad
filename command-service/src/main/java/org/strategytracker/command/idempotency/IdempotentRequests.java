package org.strategytracker.command.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.strategytracker.command.actor.Actor;
import org.strategytracker.command.actor.ActorResolver;
import org.strategytracker.platform.web.Problems;
import org.strategytracker.platform.web.RuleViolation;

/**
 * Makes a command request sent with an {@code Idempotency-Key} take effect at most once per actor
 * and key, and answers every retry with the first answer byte for byte (status, Content-Type,
 * Location, ETag, body).
 *
 * <p>It wraps the HTTP exchange rather than the command because the answer is made by the
 * controller, from ids (of a new measure, milestone, KPI or value) it generates before the command
 * is sent: only the stored answer names the id that was stored. The claim of the key, the command's
 * events and the stored answer share one transaction; an answer other than 2xx rolls it all back,
 * so nothing is stored and the key stays free for a corrected request. A concurrent duplicate waits
 * on the key until the first request commits, then gets its answer.
 *
 * <p>A key sent again with another request (method, path with query, or body, compared by SHA-256)
 * is refused with 422. Keys of other actors are other keys.
 */
public class IdempotentRequests extends OncePerRequestFilter {

  /** Request attribute with the exception the handler interceptor throws instead of handling. */
  static final String REJECTION = IdempotentRequests.class.getName() + ".rejection";

  static final String HEADER = "Idempotency-Key";

  /** The key's format; a key outside it is refused by the command API with 400, not here. */
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final JacksonJsonHttpMessageConverter PROBLEM_WRITER =
      new JacksonJsonHttpMessageConverter();

  private final IdempotencyStore store;
  private final ActorResolver actors;
  private final TransactionTemplate transactions;

  public IdempotentRequests(
      IdempotencyStore store, ActorResolver actors, TransactionTemplate transactions) {
    this.store = store;
    this.actors = actors;
    this.transactions = transactions;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String key = request.getHeader(HEADER);
    return key == null || !KEY.matcher(key).matches() || SAFE_METHODS.contains(request.getMethod());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Actor actor;
    try {
      actor = actors.resolve(request);
    } catch (RuntimeException unauthenticated) {
      chain.doFilter(request, response);
      return;
    }
    String key = request.getHeader(HEADER);
    byte[] body = request.getInputStream().readAllBytes();
    HttpServletRequest readable = new RequestWithBody(request, body);
    String requestSha256 = sha256(request, body);
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    boolean[] handled = {false};
    StoredAnswer earlier;
    try {
      earlier =
          transactions.execute(
              transaction -> {
                if (!store.claim(actor.id(), key, requestSha256)) {
                  return store
                      .find(actor.id(), key)
                      .orElseThrow(() -> new IllegalStateException("claimed key without answer"));
                }
                handled[0] = true;
                handle(chain, readable, answer);
                if (HttpStatus.valueOf(answer.getStatus()).is2xxSuccessful()) {
                  store.complete(actor.id(), key, answerOf(requestSha256, answer));
                } else {
                  transaction.setRollbackOnly();
                }
                return null;
              });
    } catch (DataAccessException | TransactionException storeFailure) {
      if (!handled[0]) {
        reject(readable, response, chain, storeFailure);
      } else {
        storeUnavailable(answer);
      }
      return;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (FilterFailure e) {
      throw e.getCause();
    }
    if (earlier == null) {
      answer.copyBodyToResponse();
    } else if (earlier.requestSha256().equals(requestSha256)) {
      replay(response, earlier);
    } else {
      reject(
          readable,
          response,
          chain,
          RuleViolation.state(
              HEADER,
              "key-reused",
              "Dieser Idempotency-Key wurde schon für eine andere Anfrage verwendet (Methode, Pfad"
                  + " oder Inhalt waren anders); ein Schlüssel gilt für genau eine Anfrage."
                  + " Für eine neue Anfrage einen neuen Idempotency-Key senden."));
    }
  }

  private static void handle(
      FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
    try {
      chain.doFilter(request, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ServletException e) {
      throw new FilterFailure(e);
    }
  }

  /** Lets the controller advice answer, so that this refusal reads like every other one. */
  private static void reject(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      RuntimeException rejection)
      throws ServletException, IOException {
    request.setAttribute(REJECTION, rejection);
    chain.doFilter(request, response);
  }

  /** The command ran but its transaction could not commit: nothing was stored. */
  private static void storeUnavailable(ContentCachingResponseWrapper answer) throws IOException {
    answer.reset();
    var response = (HttpServletResponse) answer.getResponse();
    response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    PROBLEM_WRITER.write(
        Problems.storeUnavailable(),
        MediaType.APPLICATION_PROBLEM_JSON,
        new ServletServerHttpResponse(response));
  }

  private static StoredAnswer answerOf(String requestSha256, ContentCachingResponseWrapper answer) {
    return new StoredAnswer(
        requestSha256,
        answer.getStatus(),
        answer.getContentType(),
        answer.getHeader(HttpHeaders.LOCATION),
        answer.getHeader(HttpHeaders.ETAG),
        answer.getContentAsByteArray());
  }

  private static void replay(HttpServletResponse response, StoredAnswer answer) throws IOException {
    response.setStatus(answer.status());
    if (answer.contentType() != null) {
      response.setContentType(answer.contentType());
    }
    if (answer.location() != null) {
      response.setHeader(HttpHeaders.LOCATION, answer.location());
    }
    if (answer.etag() != null) {
      response.setHeader(HttpHeaders.ETAG, answer.etag());
    }
    byte[] body = answer.body() == null ? new byte[0] : answer.body();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static String sha256(HttpServletRequest request, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
      digest.update(
          (request.getMethod() + " " + request.getRequestURI() + query + "\n")
              .getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Carries a checked servlet exception out of the transaction callback. */
  private static final class FilterFailure extends RuntimeException {
    FilterFailure(ServletException cause) {
      super(cause);
    }

    @Override
    public synchronized ServletException getCause() {
      return (ServletException) super.getCause();
    }
  }
}
