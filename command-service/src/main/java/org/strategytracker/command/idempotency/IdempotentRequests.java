package org.strategytracker.command.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.axonframework.common.caching.Cache;
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
  private final Cache loadedMeasures;

  /**
   * @param loadedMeasures the measures Axon keeps loaded. Axon puts a measure there when its unit
   *     of work commits, which, inside this filter's transaction, is before the database commits;
   *     if that commit then fails, the cache holds a change that was never stored and is emptied.
   */
  public IdempotentRequests(
      IdempotencyStore store,
      ActorResolver actors,
      TransactionTemplate transactions,
      Cache loadedMeasures) {
    this.store = store;
    this.actors = actors;
    this.transactions = transactions;
    this.loadedMeasures = loadedMeasures;
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
    RequestWithBody readable = new RequestWithBody(request, body);
    String requestSha256 = readable.sha256();
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
                if (succeeded(answer)) {
                  store.complete(actor.id(), key, StoredAnswer.of(requestSha256, answer));
                } else {
                  transaction.setRollbackOnly();
                }
                return null;
              });
    } catch (RuntimeException failure) {
      if (handled[0] && succeeded(answer)) {
        loadedMeasures.removeAll();
      }
      if (failure instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (failure instanceof FilterFailure servlet) {
        throw servlet.getCause();
      }
      if (!(failure instanceof DataAccessException || failure instanceof TransactionException)) {
        throw failure;
      }
      if (!handled[0]) {
        reject(readable, response, chain, failure);
      } else {
        storeUnavailable(answer);
      }
      return;
    }
    if (earlier == null) {
      answer.copyBodyToResponse();
    } else if (earlier.requestSha256().equals(requestSha256)) {
      earlier.replayTo(response);
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

  private static boolean succeeded(HttpServletResponse answer) {
    return answer.getStatus() / 100 == 2;
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
