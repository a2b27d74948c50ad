package org.strategytracker.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strategytracker.platform.web.Problems;

/**
 * Keeps the actor directory current: the first request of each signed-in person per run records
 * their name.
 *
 * <p>This runs before any controller, where the controller advice does not reach. When the database
 * is away, the request is answered 503 with {@code Retry-After} like every other request that needs
 * the store (it would wait for a connection in vain a second time otherwise), and the person is
 * recorded on their next request.
 */
class ActorDirectoryFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ActorDirectoryFilter.class);

  private final ActorDirectory directory;
  private final Set<String> remembered = ConcurrentHashMap.newKeySet();

  ActorDirectoryFilter(ActorDirectory directory) {
    this.directory = directory;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<TrackerUser> newcomer =
        TrackerUser.current().filter(user -> remembered.add(user.actorId()));
    if (newcomer.isPresent()) {
      try {
        directory.remember(newcomer.get());
      } catch (DataAccessResourceFailureException | TransientDataAccessException e) {
        remembered.remove(newcomer.get().actorId());
        log.warn("store unavailable while recording an actor: {}", e.toString());
        response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
        ProblemResponses.write(request, response, Problems.storeUnavailable());
        return;
      } catch (RuntimeException e) {
        remembered.remove(newcomer.get().actorId());
        throw e;
      }
    }
    chain.doFilter(request, response);
  }
}
