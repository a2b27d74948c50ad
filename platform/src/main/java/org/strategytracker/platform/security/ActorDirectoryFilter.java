package org.strategytracker.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the actor directory current: the first request of each signed-in person per run records
 * their name.
 */
class ActorDirectoryFilter extends OncePerRequestFilter {

  private final ActorDirectory directory;
  private final Set<String> remembered = ConcurrentHashMap.newKeySet();

  ActorDirectoryFilter(ActorDirectory directory) {
    this.directory = directory;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    TrackerUser.current()
        .filter(user -> remembered.add(user.actorId()))
        .ifPresent(directory::remember);
    chain.doFilter(request, response);
  }
}
